import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

function fakeTty(): { stream: NodeJS.WriteStream; output: () => string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
  let out = '';
  stream.on('data', (d: Buffer) => {
    out += d.toString();
  });
  Object.assign(stream, { isTTY: true, columns: 120 });
  return { stream, output: () => out };
}

describe('createProgress', () => {
  it('is silent when stderr is not a terminal', () => {
    const { stream, output } = fakeTty();
    const p = createProgress(stream, false);
    p.start(1000);
    p.update({ records: 5, ok: 5, failed: 0, bytes: 500 });
    p.stop();
    expect(output()).toBe('');
  });

  it('shows percentage, records, rate, failures and ETA when the size is known', () => {
    const { stream, output } = fakeTty();
    const p = createProgress(stream, true);
    p.start(1000);
    p.update({ records: 5, ok: 4, failed: 1, bytes: 500 });
    p.stop();
    expect(output()).toMatch(/50% \| 5 records \| [\d.]+ rec\/s \| 1 failed \| ETA/);
  });

  it('shows a running count without a bar for stdin', () => {
    const { stream, output } = fakeTty();
    const p = createProgress(stream, true);
    p.start(null);
    p.update({ records: 7, ok: 7, failed: 0, bytes: 900 });
    p.stop();
    expect(output()).toMatch(/7 records \| [\d.]+ rec\/s \| 0 failed/);
    expect(output()).not.toMatch(/ETA/);
  });
});

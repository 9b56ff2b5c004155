import { describe, expect, it } from 'vitest';
import { BATCH_V8_FLAG, tuneJitForBatch } from '../../src/cli/jit.js';

describe('tuneJitForBatch', () => {
  it.each([
    [['--turbo-inlining'], false],
    [['--no-turbo-inlining'], false],
    [['--max-old-space-size=4096', '--turbo-inlining'], false],
  ])('keeps the user’s own inlining choice %j', (argv, expected) => {
    expect(tuneJitForBatch(argv)).toBe(expected);
  });

  it('sets its flag otherwise', () => {
    expect(BATCH_V8_FLAG).toBe('--no-turbo-inlining');
    // Setting it again is harmless: V8 flags are idempotent, and the test process's own inlining is unchanged
    // in what it computes.
    expect(tuneJitForBatch([])).toBe(true);
  });
});

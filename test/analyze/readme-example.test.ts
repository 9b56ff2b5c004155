import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { ROOT } from '../setup/ensure.js';

// The README's "Use" example, held to what the README says it prints.
describe('README example', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const text =
    'Russia ““is preparing very seriously for a conflict with Japan.”The FSB agent said in an email.';

  it('still shows this input', () => {
    expect(readme).toContain(`const text = '${text}';`);
  });

  it('prints what the README says', () => {
    const result = analyze(text, { knownNames: ['Christo Grozev'] });
    expect(result.sentences.map((s) => [s.text, s.reason])).toEqual([
      ['Russia ““is preparing very seriously for a conflict with Japan.”', 'glued-quote'],
      ['The FSB agent said in an email.', 'end'],
    ]);
    expect(readme).toContain("//  ['The FSB agent said in an email.', 'end']]");
    const q = result.quotes[0]!;
    expect([q.kind, q.speaker?.text, q.cue?.text]).toEqual(['partial', 'The FSB agent', 'said']);
    expect(readme).toContain("result.quotes[0].kind; // 'partial'");
    expect(
      result.flags.map((f) => `${f.place.start.line}:${f.place.start.column} ${f.ruleId} ${f.actual}`),
    ).toEqual(['1:8 damaged-quote-mark ““', '1:58 glued-sentence Japan.”The']);
    expect(readme).toContain("// ['1:8 damaged-quote-mark ““', '1:58 glued-sentence Japan.”The']");
  });

  it('shows under Messages a flag the sample article really gets', () => {
    const block = /## Messages[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const shown = JSON.parse(block!) as object;
    const sample = readFileSync(join(ROOT, 'corpora/fsb-whistleblower-japan.txt'), 'utf8');
    expect(analyze(sample).flags).toContainEqual(shown);
  });
});

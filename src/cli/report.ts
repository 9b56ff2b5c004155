/**
 * A plain-text report of one analysis, for people reading a terminal: the translation score, the flags as
 * `line:column  rule  reason`, every quotation with its kind and speaker, and the entities with their spellings.
 *
 * @module
 */
import type { Analysis } from '../analyze.js';

const SPEECH = new Set(['direct', 'partial', 'indirect']);

const INVISIBLE_RE = /[\u00a0\u2007\u202f\u200b-\u200f\u2060\ufeff]/g;

/** One line of at most `max` characters, invisible characters written as `\u00a0`-style escapes. */
function clip(text: string, max: number): string {
  const visible = text.replace(INVISIBLE_RE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const flat = visible.replace(/[ \t\r\n]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Render `analysis` as text.
 *
 * @param analysis The result of `analyze()`.
 * @param file The name to show for the input (default `-`).
 */
export function formatReport(analysis: Analysis, file = '-'): string {
  const out: string[] = [];
  const { language, translation, flags, quotes, entities, sentences, blocks } = analysis;
  out.push(
    `${file}: ${language.code} (confidence ${language.confidence}), ${blocks.length} blocks, ${sentences.length} sentences`,
  );
  const evidence = Object.entries(translation.evidence)
    .map(([rule, n]) => `${rule} ${n}`)
    .join(', ');
  out.push(`translation score ${translation.score} per 1,000 words${evidence ? ` (${evidence})` : ''}`, '');

  out.push(`flags (${flags.length})`);
  for (const f of flags) {
    const where = `${f.place.start.line}:${f.place.start.column}`.padEnd(8);
    const fix = f.expected.length > 0 ? ` → ${f.expected.map((e) => JSON.stringify(e)).join(' | ')}` : '';
    out.push(`  ${where}${f.category} ${f.ruleId.padEnd(24)} "${clip(f.actual, 40)}"${fix}`);
    out.push(`  ${' '.repeat(8)}${f.reason}`);
  }

  const speech = quotes.filter((q) => SPEECH.has(q.kind));
  const other = quotes.filter((q) => !SPEECH.has(q.kind));
  out.push('', `quotations (${speech.length} speech, ${other.length} scare quotes, titles and names)`);
  for (const q of speech) {
    const who = q.speaker
      ? `${q.speaker.text}${q.speaker.entity ? ` [${q.speaker.entity}]` : ''}`
      : '(no speaker)';
    out.push(
      `  ${q.kind.padEnd(9)}${who} ${q.cue ? `(${q.cue.text})` : ''}: ${JSON.stringify(clip(q.content.text, 90))}`,
    );
  }
  for (const q of other) out.push(`  ${q.kind.padEnd(9)}${JSON.stringify(clip(q.content.text, 90))}`);

  out.push('', `entities (${entities.length})`);
  for (const e of entities) {
    const others = e.variants.filter((v) => v !== e.canonical);
    const spellings = others.length > 0 ? ` — also ${others.map((v) => JSON.stringify(v)).join(', ')}` : '';
    out.push(`  ${e.id.padEnd(5)}${e.type.padEnd(13)}${e.canonical} (${e.mentions.length}×)${spellings}`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * Long inputs: the stage must do work in proportion to the length of the article. These tests check it without
 * timing: a 2 MB article made of copies far apart gives each copy the quotations it gets alone (so no look-back
 * reaches across copies and nothing is rescanned from the start), and the lookup structures that replaced the
 * linear scans (entity index, speaker log, chunked window tokenizer) answer exactly as the scans they replaced.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOURCE_NOUNS } from '../../src/lexicons/role-nouns.js';
import { extractQuotes } from '../../src/quotes/index.js';
import {
  entityAt,
  indexEntities,
  type KnownSpeaker,
  nearestPersonMention,
  phraseGender,
  SpeakerLog,
} from '../../src/quotes/resolve-speaker.js';
import { tokenize, windowTokenizer } from '../../src/quotes/tokens.js';
import { segment } from '../../src/segment/index.js';
import type { Entity, Mention, Quote, Span } from '../../src/types.js';

const SAMPLE = readFileSync(new URL('../../corpora/fsb-whistleblower-japan.txt', import.meta.url), 'utf8');

/** A quotation moved by `-offset` (for comparing a copy inside a long article with the article alone). */
function shifted(q: Quote, offset: number): Quote {
  const move = <T extends Span>(s: T): T => ({ ...s, start: s.start - offset, end: s.end - offset });
  return {
    ...move(q),
    content: move(q.content),
    speaker: q.speaker ? move(q.speaker) : null,
    cue: q.cue ? move(q.cue) : null,
    ...(q.speakerRef ? { speakerRef: move(q.speakerRef) } : {}),
  };
}

describe('long inputs', () => {
  it('a 2 MB article of copies far apart gives every copy the quotations it has alone', () => {
    const alone = extractQuotes(SAMPLE, segment(SAMPLE)).quotes;
    expect(alone.length).toBeGreaterThan(5);
    // separators: three blocks with no letters and more white space than any look-back window (20,000)
    const gap = `\n\n${'* * *\n\n'.repeat(3)}${' '.repeat(20_050)}\n\n`;
    const copies = Math.ceil(2_000_000 / (SAMPLE.length + gap.length));
    const text = Array.from({ length: copies }, () => SAMPLE).join(gap);
    expect(text.length).toBeGreaterThanOrEqual(2_000_000 - SAMPLE.length - gap.length);
    const { quotes } = extractQuotes(text, segment(text));
    for (let k = 0; k < copies; k++) {
      const offset = k * (SAMPLE.length + gap.length);
      const mine = quotes
        .filter((q) => q.start >= offset && q.end <= offset + SAMPLE.length)
        .map((q) => shifted(q, offset));
      expect(mine).toEqual(alone);
    }
    expect(quotes.length).toBe(copies * alone.length);
  }, 60_000);
});

// ------------------------------------------------------------------------------------------------------------
// the indexed lookups agree with the scans they replaced

/**
 * The scan `entityAt` answers as: a name mention covering the capitalised head word, else the first entity (then
 * mention) in order, a name mention first.
 */
function entityAtByScan(span: Span, entities: readonly Entity[]): string | null {
  const words = span.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  const headWord = (words[words.length - 1] ?? '').replace(/['’]s$/, '');
  const lowerHead = headWord.length > 0 && !/^\p{Lu}/u.test(headWord);
  const headStart = span.start + span.text.lastIndexOf(headWord);
  const document = lowerHead && SOURCE_NOUNS.has(headWord.toLowerCase());
  // a name mention covering a capitalised head word first (`Kremlin spokesman Dmitry Peskov` is Peskov)
  if (!lowerHead) {
    for (const e of entities) {
      for (const m of e.mentions) {
        if (!(m.start < span.end && span.start < m.end) || m.form !== 'name') continue;
        if (m.start <= headStart && headStart < m.end) return e.id;
      }
    }
  }
  let fallback: string | null = null;
  for (const e of entities) {
    for (const m of e.mentions) {
      if (!(m.start < span.end && span.start < m.end)) continue;
      const coversHead = m.start <= headStart && headStart < m.end;
      if (lowerHead && !coversHead && !(document && e.type === 'organization')) continue;
      if (m.form === 'name') return e.id;
      fallback ??= e.id;
    }
  }
  return fallback;
}

/** The scan `nearestPersonMention` used to do. */
function nearestByScan(at: number, entities: readonly Entity[], pronoun: string) {
  let best: { entity: string; span: Span } | null = null;
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      if (m.form !== 'name' || m.end > at || at - m.end > 1500) continue;
      const g = phraseGender(e.canonical);
      if ((pronoun === 'he' && g === 'f') || (pronoun === 'she' && g === 'm')) continue;
      if (!best || m.start > best.span.start) best = { entity: e.id, span: m };
    }
  }
  return best;
}

const WORDS = ['Smith', 'John Smith', 'Mary Jones', 'the agent', 'Mrs. Lee', 'the report', 'Acme'];

const mentionArb = fc.record({
  start: fc.integer({ min: 0, max: 6000 }),
  length: fc.integer({ min: 1, max: 40 }),
  form: fc.constantFrom<Mention['form']>('name', 'role', 'pronoun'),
});
const entitiesArb = fc
  .array(
    fc.record({
      type: fc.constantFrom<Entity['type']>('person', 'organization', 'place'),
      canonical: fc.constantFrom(...WORDS),
      mentions: fc.array(mentionArb, { maxLength: 8 }),
    }),
    { maxLength: 12 },
  )
  .map((list) =>
    list.map(
      (e, i): Entity => ({
        id: `e${i + 1}`,
        type: e.type,
        canonical: e.canonical,
        variants: [e.canonical],
        mentions: e.mentions.map((m) => ({
          start: m.start,
          end: m.start + m.length,
          text: 'x'.repeat(m.length),
          form: m.form,
        })),
      }),
    ),
  );

describe('indexed lookups', () => {
  it('entityAt through the index equals the scan over every mention', () => {
    fc.assert(
      fc.property(
        entitiesArb,
        fc.integer({ min: 0, max: 6000 }),
        fc.constantFrom(...WORDS),
        (entities, start, text) => {
          const span = { start, end: start + text.length, text };
          const index = indexEntities(entities);
          expect(entityAt(span, index)).toBe(entityAtByScan(span, entities));
          expect(entityAt(span, entities)).toBe(entityAtByScan(span, entities));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('nearestPersonMention through the index equals the scan over every mention', () => {
    fc.assert(
      fc.property(
        entitiesArb,
        fc.integer({ min: 0, max: 7000 }),
        fc.constantFrom('he', 'she', 'they'),
        (entities, at, pronoun) => {
          const index = indexEntities(entities);
          expect(nearestPersonMention(at, index, pronoun)).toEqual(nearestByScan(at, entities, pronoun));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('SpeakerLog.lastPushed equals a scan for the speaker who spoke last (by `at`, else start; ties: latest pushed)', () => {
    const speakerArb = fc.record({
      start: fc.integer({ min: 0, max: 5000 }),
      length: fc.integer({ min: 1, max: 30 }),
      gender: fc.constantFrom<KnownSpeaker['gender']>('m', 'f', 'x'),
      spoke: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(speakerArb, { maxLength: 40 }),
        fc.integer({ min: 0, max: 5200 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.constantFrom<KnownSpeaker['gender']>('m', 'f', 'x'),
        (list, at, back, gender) => {
          const log = new SpeakerLog();
          const plain: KnownSpeaker[] = [];
          for (const s of list) {
            const k: KnownSpeaker = {
              start: s.start,
              end: s.start + s.length,
              text: 'x',
              form: 'name',
              gender: s.gender,
              ...(s.spoke === undefined ? {} : { at: s.start + s.spoke }),
            };
            log.push(k);
            plain.push(k);
          }
          const from = Math.max(0, at - back);
          const accept = (c: KnownSpeaker): boolean => c.end <= at && c.start >= from && c.gender === gender;
          let byScan: KnownSpeaker | null = null;
          for (const c of plain) {
            const cAt = c.at ?? c.start;
            if (cAt > at || !accept(c)) continue;
            if (byScan === null || cAt >= (byScan.at ?? byScan.start)) byScan = c;
          }
          expect(log.lastPushed(from, at, accept)).toBe(byScan);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('the chunked window tokenizer gives the tokens of the whole text inside each window', () => {
    const piece = fc.constantFrom(
      'word ',
      'Smith',
      '. ',
      'status.The ',
      '“',
      '”',
      '\n',
      '\n\n',
      ' ',
      'U.S. ',
      'don’t ',
      '😀',
      'été ',
      '-',
      'x'.repeat(300),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 200, maxLength: 400 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40_000 })), { minLength: 1, maxLength: 20 }),
        (parts, windows) => {
          const text = parts.join('').repeat(20);
          const whole = tokenize(text, 0, text.length);
          const tok = windowTokenizer(text);
          for (const [a, len] of windows) {
            const from = a % (text.length + 1);
            const to = Math.min(text.length, from + len);
            const expected = whole.filter((t) => t.start >= from && t.end <= to);
            expect(tok(from, to)).toEqual(expected);
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('bounded work per paragraph for the recovery passes', () => {
  it.each([
    [
      'dash paragraphs full of commas',
      '— one, two, three, four, five, six, seven, eight, nine, ten, eleven.\n\n',
    ],
    [
      'unclosed openers full of commas',
      '“one, two, three, four, five, six, seven, eight, nine, ten, eleven.\n\n',
    ],
  ])(
    '%s × 300 KB: no quotation, every paragraph looked at once',
    (_name, unit) => {
      const text = unit.repeat(Math.ceil(300_000 / unit.length));
      const { quotes } = extractQuotes(text, segment(text));
      expect(quotes.filter((q) => q.kind === 'direct' || q.kind === 'partial')).toEqual([]);
    },
    20_000,
  );
});

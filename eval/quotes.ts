/**
 * Quotations on PolNeAR dev (`dev/quotes/polnear-dev.json`, 42 real US news articles with gold attributions).
 *
 * - Span P/R/F1: a prediction is a quote of kind `direct` or `partial` (scare quotes, titles and names do not
 *   count); it matches a gold `marked` span when the overlap is ≥ 50% of both spans (one-to-one, greedy).
 * - Speaker accuracy on matched quotes whose gold attribution names a speaker: the predicted speaker text (or the
 *   name its role is linked to, `speakerRef`) matches the gold `speaker` when, after lower-casing and dropping punctuation,
 *   honorifics and function words, the head of one (its last capitalised word outside parentheses, else its last
 *   word) is a token of the other.
 * - Indirect recall: a gold `indirect` attribution is recalled when one of our `indirect` quotes covers ≥ 50% of
 *   its content ("scheme": PolNeAR records quotations in ''…'' or ‘…’ as unmarked attributions, so those also
 *   count when one of our quotations in such marks covers ≥ 50% of the content). Indirect "precision" is the share of our indirect quotes overlapping any gold attribution.
 *   Gold speakers that are a bare pronoun or a cue word (`he`, `she`, `I`, `who`, `said`: left unresolved by the
 *   gold) are counted apart, like null ones.
 * - Gold scheme: PolNeAR's `marked` spans only ever open with “ or " (checked on the dev set); quotations in single
 *   marks (‘…’, '…'), in doubled apostrophes (NYT style ''…'') or opened by a closing glyph (”…”) appear in the gold
 *   as unmarked attributions. The table shows
 *   the strict figures and, beside them, the figures with those predictions left out of precision.
 * - Indirect robustness: a 90% interval of indirect recall from 1,000 resamples of the articles (fixed seed), and
 *   indirect recall per publisher (the article id's prefix), lowest first.
 * - Speed: the quotes stage alone (segmentation excluded), CPU ms per 5 KB, best of 15 passes.
 *
 * `NEWSLEUTH_EVAL_VERBOSE=1` prints every miss, false alarm and wrong speaker.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractQuotes } from '../src/quotes/index.js';
import type { Quote, Segmentation } from '../src/types.js';

interface GoldQuote {
  start: number;
  end: number;
  text: string;
  type: 'direct' | 'mixed' | 'indirect';
  speaker: string | null;
  cue: string | null;
  marked: { start: number; end: number; text: string }[];
}
interface Doc {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'president',
  'his',
  'her',
  'their',
  'its',
  's',
  'former',
  'vice',
  'secretary',
  'senator',
  'governor',
  'jr',
  'sr',
]);

function tokens(s: string): string[] {
  return s
    .replace(/\([^)]*\)/g, ' ')
    .replace(/['’]s\b/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0 && !STOP.has(t));
}

function head(s: string): string | undefined {
  const clean = s.replace(/\([^)]*\)/g, ' ').replace(/['’]s\b/g, '');
  const caps = clean.match(/\p{Lu}[\p{L}\p{N}'’-]*/gu)?.filter((w) => !STOP.has(w.toLowerCase()));
  if (caps && caps.length > 0) return tokens(caps[caps.length - 1]!).pop();
  const t = tokens(s);
  return t[t.length - 1];
}

/** The speaker-matching rule (exported for tests of the eval itself). */
export function speakerMatches(pred: string, gold: string): boolean {
  const pt = new Set(tokens(pred));
  const gt = new Set(tokens(gold));
  const gh = head(gold);
  const ph = head(pred);
  return (gh !== undefined && pt.has(gh)) || (ph !== undefined && gt.has(ph));
}

/** Gold speakers left unresolved by the annotation: a bare pronoun or a cue word. */
const UNRESOLVED = /^(?:he|she|they|it|i|we|you|who|which|that|him|her|them|said|says|say)$/i;
/**
 * Predictions delimited by single marks or doubled apostrophes, or opened by a closing glyph (”…”): PolNeAR's
 * `marked` spans only ever open with “ or " (checked on the dev set), so it records those as unmarked.
 */
const OUT_OF_SCHEME = /^(?:''|[‘’'‚‹›”]|``)/;

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

type SegmentFn = (text: string) => Segmentation;

async function loadSegment(): Promise<SegmentFn | null> {
  // NEWSLEUTH_EVAL_SEGMENT: another segment module (e.g. a snapshot, to compare quotes changes on fixed blocks)
  const file =
    process.env['NEWSLEUTH_EVAL_SEGMENT'] ?? resolve(import.meta.dirname, '../src/segment/index.ts');
  if (!existsSync(file)) return null;
  try {
    const mod = (await import(file)) as { segment?: SegmentFn };
    return mod.segment ?? null;
  } catch {
    return null;
  }
}

export async function run(shared: string): Promise<void> {
  const file = resolve(shared, 'dev/quotes/polnear-dev.json');
  if (!existsSync(file)) {
    console.log(`quotes: skipped, ${file} not found`);
    return;
  }
  const docs = JSON.parse(readFileSync(file, 'utf8')) as Doc[];
  const verbose = process.env['NEWSLEUTH_EVAL_VERBOSE'] === '1';
  const segment = (await loadSegment()) ?? ((): Segmentation => ({ blocks: [], sentences: [] }));
  const usingSegment = segment.name !== '';
  let tp = 0;
  let nPred = 0;
  let nGold = 0;
  let spkTotal = 0;
  let spkOk = 0;
  let spkGoldNull = 0;
  let spkGoldPronoun = 0;
  let outOfScheme = 0;
  let outOfSchemeInGold = 0;
  let indGold = 0;
  /** Indirect hits and gold attributions per article (for the per-publisher line and the bootstrap). */
  const perDoc: DocCounts[] = [];
  let indHit = 0;
  let indHitScheme = 0;
  let indPred = 0;
  let indPredOk = 0;
  let issues = 0;
  let chars = 0;
  let ms = 0;
  const segs = docs.map((d) => segment(d.text));
  // speed: process CPU time, best of 15 passes after 3 warm-up passes (JIT), quotes stage only (CPU time rather
  // than wall time: the machine is shared, and a busy neighbour should not move the figure)
  ms = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 18; pass++) {
    const t0 = process.cpuUsage();
    for (let i = 0; i < docs.length; i++) extractQuotes(docs[i]!.text, segs[i]!);
    const used = process.cpuUsage(t0);
    if (pass >= 3) ms = Math.min(ms, (used.user + used.system) / 1000);
  }
  for (const d of docs) chars += d.text.length;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    const out = extractQuotes(doc.text, segs[i]!);
    issues += out.issues.length;
    const preds = out.quotes.filter((q) => q.kind === 'direct' || q.kind === 'partial');
    const gold = doc.quotes.flatMap((g) => g.marked.map((m) => ({ ...m, attr: g })));
    nPred += preds.length;
    nGold += gold.length;
    const tpBefore = tp;
    const spkOkBefore = spkOk;
    const spkTotalBefore = spkTotal;
    const used = new Set<Quote>();
    for (const g of gold) {
      let best: Quote | undefined;
      for (const p of preds) {
        if (used.has(p)) continue;
        const o = overlap(p, g);
        if (o >= 0.5 * (g.end - g.start) && o >= 0.5 * (p.end - p.start)) {
          best = p;
          break;
        }
      }
      if (!best) {
        if (verbose) {
          const near = out.quotes.find((q) => overlap(q, g) > 0);
          console.log(
            `MISS ${doc.id.slice(12, 40)} ${JSON.stringify(g.text.slice(0, 90))} ${near ? `[ours: ${near.kind} ${JSON.stringify(near.text.slice(0, 50))}]` : ''}`,
          );
        }
        continue;
      }
      used.add(best);
      tp++;
      if (g.attr.speaker === null) {
        spkGoldNull++;
        continue;
      }
      if (UNRESOLVED.test(g.attr.speaker.trim())) {
        spkGoldPronoun++;
        continue;
      }
      spkTotal++;
      const predText = best.speaker?.text ?? '';
      if (
        best.speaker &&
        (speakerMatches(predText, g.attr.speaker) ||
          (best.speakerRef !== undefined && speakerMatches(best.speakerRef.text, g.attr.speaker)))
      )
        spkOk++;
      else if (verbose) {
        console.log(
          `SPK  ${doc.id.slice(12, 40)} gold=${JSON.stringify(g.attr.speaker)} ours=${JSON.stringify(predText)} | ${JSON.stringify(g.text.slice(0, 60))}`,
        );
      }
    }
    for (const p of preds) {
      if (!used.has(p) && OUT_OF_SCHEME.test(p.text)) {
        outOfScheme++;
        if (doc.quotes.some((g) => overlap(p, g) >= 0.5 * (p.end - p.start))) outOfSchemeInGold++;
      }
    }
    if (verbose) {
      for (const p of preds) {
        if (!used.has(p) && !OUT_OF_SCHEME.test(p.text)) {
          const ctx = doc.text.slice(Math.max(0, p.start - 50), p.start);
          console.log(
            `FA   ${doc.id.slice(12, 40)} ${p.kind} ${JSON.stringify(ctx)} >> ${JSON.stringify(p.text.slice(0, 80))}`,
          );
        }
      }
    }
    const ind = out.quotes.filter((q) => q.kind === 'indirect');
    indPred += ind.length;
    for (const p of ind) if (doc.quotes.some((g) => overlap(p.content, g) > 0)) indPredOk++;
    const docHitsBefore = indHit;
    const docGoldBefore = indGold;
    for (const g of doc.quotes) {
      if (g.type !== 'indirect') continue;
      indGold++;
      const need = 0.5 * (g.end - g.start);
      if (ind.some((p) => overlap(p.content, g) >= need)) {
        indHit++;
        indHitScheme++;
        continue;
      }
      if (preds.some((p) => OUT_OF_SCHEME.test(p.text) && overlap(p.content, g) >= need)) indHitScheme++;
      if (verbose && process.env['NEWSLEUTH_EVAL_INDIRECT'] === '1') {
        console.log(
          `IMISS ${JSON.stringify(g.cue)} ${JSON.stringify(g.speaker)} ${JSON.stringify(g.text.slice(0, 80))}`,
        );
      }
    }
    perDoc.push({
      id: doc.id,
      hits: indHit - docHitsBefore,
      gold: indGold - docGoldBefore,
      tp: tp - tpBefore,
      pred: preds.length,
      spans: gold.length,
      spkOk: spkOk - spkOkBefore,
      spkTotal: spkTotal - spkTotalBefore,
    });
  }
  const p = nPred ? tp / nPred : 0;
  const r = nGold ? tp / nGold : 0;
  const byPublisher = new Map<string, [number, number]>();
  for (const d of perDoc) {
    const pub = (d.id.split('/').pop() ?? d.id).split('_')[0] ?? d.id;
    const e = byPublisher.get(pub) ?? [0, 0];
    e[0] += d.hits;
    e[1] += d.gold;
    byPublisher.set(pub, e);
  }
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const ps = nPred - outOfScheme ? tp / (nPred - outOfScheme) : 0;
  const fs = ps + r ? (2 * ps * r) / (ps + r) : 0;
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
  console.log(`articles ${docs.length}, segmentation: ${usingSegment ? 'segment()' : 'blank-line fallback'}`);
  console.log('| metric               |  value | detail');
  console.log(`| span precision       | ${pct(p)} | ${tp}/${nPred} predicted direct/partial (strict)`);
  console.log(`| span recall          | ${pct(r)} | ${tp}/${nGold} gold marked spans`);
  console.log(`| span F1              | ${pct(f)} | strict — target ≥ 95`);
  console.log(
    `| precision, scheme    | ${pct(ps)} | ${tp}/${nPred - outOfScheme}: ${outOfScheme} single-, ''- or ”-opened predictions left out (${outOfSchemeInGold} lie inside a gold attribution)`,
  );
  console.log(`| span F1, scheme      | ${pct(fs)} | gold-scheme F1`);
  console.log(
    `| speaker accuracy     | ${pct(spkTotal ? spkOk / spkTotal : 0)} | ${spkOk}/${spkTotal} matched with a named gold speaker (${spkGoldNull} gold null, ${spkGoldPronoun} gold unresolved pronoun) — target ≥ 90`,
  );
  console.log(
    `| indirect recall      | ${pct(indGold ? indHit / indGold : 0)} | ${indHit}/${indGold} — target ≥ 60`,
  );
  console.log(
    `| indirect recall, sch.| ${pct(indGold ? indHitScheme / indGold : 0)} | ${indHitScheme}/${indGold}: also counting gold "indirect" content inside our single-, ''- or ”-opened quotations`,
  );
  console.log(
    `| indirect precision~  | ${pct(indPred ? indPredOk / indPred : 0)} | ${indPredOk}/${indPred} overlap any gold attribution`,
  );
  console.log(
    `| indirect, 90% CI     | ${bootstrap(perDoc, (d) => (d.gold ? d.hits / d.gold : 0))} | bootstrap over articles (1,000 resamples, fixed seed)`,
  );
  console.log(
    `| speaker, 90% CI      | ${bootstrap(perDoc, (d) => (d.spkTotal ? d.spkOk / d.spkTotal : 0))} | same resamples`,
  );
  console.log(
    `| span F1, 90% CI      | ${bootstrap(perDoc, (d) => (d.pred + d.spans ? (2 * d.tp) / (d.pred + d.spans) : 0))} | strict, same resamples`,
  );
  console.log(
    `| indirect by publisher|        | ${[...byPublisher]
      .sort((a, b) => a[1][0] / a[1][1] - b[1][0] / b[1][1])
      .map(([pub, [h, g]]) => `${pub} ${((100 * h) / Math.max(1, g)).toFixed(0)}% (${h}/${g})`)
      .join(', ')}`,
  );
  console.log(`| mark issues          | ${String(issues).padStart(6)} | on clean news (should be near 0)`);
  console.log(
    `| speed                | ${(ms / (chars / 5000)).toFixed(3).padStart(6)} | ms CPU per 5 KB, best of 15 (quotes stage only, ${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s)`,
  );
  sampleReport();
}

interface SampleGold {
  sources: Record<string, { surfaces: string[] }>;
  quotes: { start: number; end: number; kind: string; speaker: string | null }[];
  damagedMarks: { start: number; end: number; issues: string[] }[];
}

/** The sample article against its golden annotation (`corpora/fsb-whistleblower-japan.quotes.json`). */
export function sampleReport(): void {
  const root = resolve(import.meta.dirname, '..');
  const txt = resolve(root, 'corpora/fsb-whistleblower-japan.txt');
  const ann = resolve(root, 'corpora/fsb-whistleblower-japan.quotes.json');
  if (!existsSync(txt) || !existsSync(ann)) return;
  const text = readFileSync(txt, 'utf8');
  const gold = JSON.parse(readFileSync(ann, 'utf8')) as SampleGold;
  const out = extractQuotes(text, { blocks: [], sentences: [] });
  const speech = (k: string): boolean => k === 'direct' || k === 'partial';
  let found = 0;
  let spk = 0;
  let nGold = 0;
  let nonSpeechOk = 0;
  let nNon = 0;
  for (const g of gold.quotes) {
    const q = out.quotes.find((x) => x.kind !== 'indirect' && x.start === g.start && x.end === g.end);
    if (speech(g.kind)) {
      nGold++;
      if (q && speech(q.kind)) {
        found++;
        const surfaces = gold.sources[g.speaker ?? '']?.surfaces.map((x) => x.toLowerCase()) ?? [];
        if (q.speaker && surfaces.includes(q.speaker.text.toLowerCase())) spk++;
      }
    } else {
      nNon++;
      if (q && q.kind === g.kind) nonSpeechOk++;
    }
  }
  const extra = out.quotes.filter(
    (q) => speech(q.kind) && !gold.quotes.some((g) => g.start === q.start && g.end === q.end),
  ).length;
  const marks = gold.damagedMarks.filter((d) =>
    d.issues.every((k) => out.issues.some((i) => i.issue === k && i.start <= d.start && d.end <= i.end)),
  ).length;
  console.log('sample article (corpora/fsb-whistleblower-japan):');
  console.log(
    `| speech quotations    | ${found}/${nGold} found, ${spk}/${nGold} with the right speaker, ${extra} other spans reported as speech`,
  );
  console.log(`| scare/title/name     | ${nonSpeechOk}/${nNon} classified as annotated`);
  console.log(
    `| damaged marks        | ${marks}/${gold.damagedMarks.length} reported with every expected issue (${out.issues.length} issues in all)`,
  );
}

/** Counts of one article, summed over a resample by the bootstrap. */
interface DocCounts {
  id: string;
  /** Gold indirect attributions recalled / in all. */
  hits: number;
  gold: number;
  /** Matched spans, our direct/partial predictions, gold marked spans. */
  tp: number;
  pred: number;
  spans: number;
  /** Matched quotes with the right speaker / with a named gold speaker. */
  spkOk: number;
  spkTotal: number;
}

/**
 * The 5th–95th percentile of a ratio over 1,000 resamples of the articles (a fixed-seed LCG: reproducible; every
 * statistic uses the same resamples). `ratio` gets the summed counts of one resample.
 */
function bootstrap(perDoc: readonly DocCounts[], ratio: (sum: DocCounts) => number): string {
  if (perDoc.length === 0) return '     —';
  let seed = 12345;
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const rates: number[] = [];
  for (let r = 0; r < 1000; r++) {
    const sum: DocCounts = { id: '', hits: 0, gold: 0, tp: 0, pred: 0, spans: 0, spkOk: 0, spkTotal: 0 };
    for (let i = 0; i < perDoc.length; i++) {
      const d = perDoc[Math.floor(next() * perDoc.length)]!;
      sum.hits += d.hits;
      sum.gold += d.gold;
      sum.tp += d.tp;
      sum.pred += d.pred;
      sum.spans += d.spans;
      sum.spkOk += d.spkOk;
      sum.spkTotal += d.spkTotal;
    }
    rates.push(100 * ratio(sum));
  }
  rates.sort((a, b) => a - b);
  return `${rates[50]!.toFixed(1)}–${rates[949]!.toFixed(1)}`;
}

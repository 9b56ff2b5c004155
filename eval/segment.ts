/**
 * Segmentation quality: exact cases on the 52 English Golden Rules (`dev/sbd/golden_en.json`; sentence texts
 * compared with runs of white space collapsed), and agreement with the hand-checked annotation of the sample
 * article (`corpora/fsb-whistleblower-japan.segments.json`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { segment } from '../src/segment/index.js';

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Print the segmentation figures. */
export async function run(shared: string): Promise<void> {
  const goldenPath = resolve(shared, 'dev/sbd/golden_en.json');
  if (existsSync(goldenPath)) {
    const rules = JSON.parse(readFileSync(goldenPath, 'utf8')) as {
      id: string;
      text: string;
      sentences: string[];
      in_pysbd48: boolean;
    }[];
    const failed = rules.filter(
      (r) =>
        JSON.stringify(segment(r.text).sentences.map((s) => collapse(s.text))) !==
        JSON.stringify(r.sentences.map(collapse)),
    );
    const of48 = rules.filter((r) => r.in_pysbd48 && !failed.includes(r)).length;
    console.log(
      `Golden Rules: ${rules.length - failed.length}/${rules.length} exact; ${of48}/${rules.filter((r) => r.in_pysbd48).length} of the pySBD set${failed.length > 0 ? `; failed: ${failed.map((r) => r.id).join(', ')}` : ''}`,
    );
  } else {
    console.log('Golden Rules: skipped (no dev/sbd/golden_en.json)');
  }

  const here = new URL('..', import.meta.url);
  const text = readFileSync(new URL('corpora/fsb-whistleblower-japan.txt', here), 'utf8');
  const gold = JSON.parse(
    readFileSync(new URL('corpora/fsb-whistleblower-japan.segments.json', here), 'utf8'),
  ) as {
    blocks: { kind: string; text: string }[];
    sentences: { text: string }[];
  };
  const result = segment(text);
  const goldSentences = new Set(gold.sentences.map((s) => s.text));
  const sentenceHits = result.sentences.filter((s) => goldSentences.has(s.text)).length;
  const blockHits = result.blocks.filter(
    (b, i) => gold.blocks[i]?.kind === b.kind && gold.blocks[i]?.text === b.text,
  ).length;
  console.log(
    `sample article: blocks ${blockHits}/${gold.blocks.length} with kind, sentences ${sentenceHits}/${gold.sentences.length} exact (${result.sentences.length} predicted)`,
  );
}

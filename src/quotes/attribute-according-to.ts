/**
 * The `according to X` sieve: the source phrase after `according to` in a token range.
 *
 * @module
 */
import { type SpeakerPhrase, subjectAfter } from './speaker-phrase.js';
import type { Token } from './tokens.js';

/** A found `according to X`: the cue tokens and the source phrase. */
export interface AccordingTo {
  /** Index of `according`. */
  cue: number;
  /** Index of `to`. */
  cueEnd: number;
  speaker: SpeakerPhrase;
}

/**
 * The last `according to X` in `tokens[from..to)` whose X reads as a person, role, source or name.
 *
 * @param tokens Window tokens.
 * @param from First index to look at (default 0).
 * @param to Index to stop before (default `tokens.length`).
 */
export function findAccordingTo(tokens: readonly Token[], from = 0, to = tokens.length): AccordingTo | null {
  for (let i = to - 2; i >= from; i--) {
    const t = tokens[i]!;
    if (t.lower !== 'according' || tokens[i + 1]?.lower !== 'to') continue;
    const speaker = subjectAfter(tokens, i + 1, to);
    if (speaker) return { cue: i, cueEnd: i + 1, speaker };
  }
  return null;
}

/**
 * Indirect (unmarked) reported speech. Placeholder: filled in below.
 *
 * @module
 */
import type { Quote } from '../types.js';
import type { BlockRange } from './pair-marks.js';
import type { KnownSpeaker } from './resolve-speaker.js';

/** Indirect quotations outside the marked ones. */
export function findIndirect(
  _text: string,
  _blocks: readonly BlockRange[],
  _marked: readonly Quote[],
  _known: KnownSpeaker[],
): Quote[] {
  return [];
}

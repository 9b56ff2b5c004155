/**
 * Names: find people, organisations and places, and merge spelling variants across transliterations.
 *
 * @module
 */
export {
  compareNames,
  isSameName,
  type NameComparison,
  nameSimilarity,
  SAME_NAME_THRESHOLD,
  type SameNameOptions,
} from './similarity.js';

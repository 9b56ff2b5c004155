/**
 * Names: find people, organisations and places, and merge spelling variants across transliterations.
 *
 * - {@link isSameName} / {@link nameSimilarity}: transliteration-aware comparison of two personal names.
 * - {@link findEntities}: the entities of one article (with spelling notes for the artefact rules T11/T12).
 * - {@link NameIndex}: a mergeable index of the names seen across a batch, answering canonical spellings.
 *
 * @module
 */
export { type Candidate, type CandidateType, detectMentions } from './detect-mentions.js';
export {
  type EntitiesResult,
  type FindEntitiesOptions,
  findEntities,
  foldName,
  type NameNote,
} from './find-entities.js';
export { type NameCluster, NameIndex, type NameIndexJSON } from './name-index.js';
export {
  compareNames,
  compareTokens,
  isSameName,
  type NameComparison,
  nameSimilarity,
  SAME_NAME_THRESHOLD,
  type SameNameOptions,
  SkeletonCache,
} from './similarity.js';
export { tokenSkeletons } from './skeleton.js';
export { type ResolvedSpeaker, withSpeakerMentions } from './speaker-mentions.js';

/**
 * newsleuth: read news articles, above all machine-translated ones.
 *
 * This module only re-exports; each capability lives in its own folder.
 *
 * @module
 */
export * from './types.js';

/**
 * Lazy access to the NLP libraries. compromise (~0.9 s to load) and wink-nlp with its model (~0.4 s) are loaded
 * on first use and then kept for the life of the process; nothing is loaded at import time.
 *
 * Use them on small windows only (a cue sentence, a candidate name), never on a whole article: compromise costs
 * ~75 ms and wink-nlp ~10 ms per 5 KB.
 *
 * @module
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The compromise `nlp` function. */
export type Compromise = typeof import('compromise').default;

let compromiseInstance: Compromise | undefined;

/** compromise, loaded on first call (synchronously, through `require`, so callers stay synchronous). */
export function getCompromise(): Compromise {
  if (!compromiseInstance) {
    const mod = require('compromise') as Compromise | { default: Compromise };
    compromiseInstance = 'default' in mod ? mod.default : mod;
  }
  return compromiseInstance;
}

/** A wink-nlp instance with the English lite web model. */
export type Wink = ReturnType<typeof import('wink-nlp').default>;

let winkInstance: Wink | undefined;

/** wink-nlp with `wink-eng-lite-web-model`, loaded on first call. */
export function getWink(): Wink {
  if (!winkInstance) {
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
    const model = require('wink-eng-lite-web-model');
    winkInstance = winkNLP(model);
  }
  return winkInstance;
}

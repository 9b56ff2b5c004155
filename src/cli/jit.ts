/**
 * V8 settings for the batch process. Every worker thread compiles the analysis code with TurboFan on its own,
 * and with inlining that costs about 3 s of CPU per worker (measured with `node --trace-opt`), as much as
 * analysing 1,200 articles. Without inlining the compile work drops to about 1.6 s and the analysis runs as
 * fast once warm (2.35 vs 2.39 ms of CPU per 5 KB article). On a machine where the workers fill every core,
 * that compile work is what a second worker mostly adds.
 *
 * @module
 */
import { setFlagsFromString } from 'node:v8';

/** The V8 flag the batch command sets. */
export const BATCH_V8_FLAG = '--no-turbo-inlining';

/**
 * Turn TurboFan inlining off for this process and the workers it starts, unless the user already chose an
 * inlining setting on the command line (`node --turbo-inlining …` keeps theirs).
 *
 * @param execArgv The process's V8 and Node options; default `process.execArgv`.
 * @returns Whether the flag was set.
 */
export function tuneJitForBatch(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((a) => a.includes('turbo-inlining'))) return false;
  setFlagsFromString(BATCH_V8_FLAG);
  return true;
}

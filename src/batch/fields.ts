/**
 * Choosing which parts of an analysis a batch writes (`--only quotes,entities`): a quote database needs neither
 * the blocks nor the sentences, which are most of an output line.
 *
 * @module
 */
import { describeType } from '../util/validate.js';

/** The top-level fields of an analysis, in the order `analyze()` returns them. */
export const ANALYSIS_FIELDS = [
  'language',
  'blocks',
  'sentences',
  'quotes',
  'entities',
  'flags',
  'translation',
  'html',
] as const;

/** One top-level field of an analysis. */
export type AnalysisField = (typeof ANALYSIS_FIELDS)[number];

const KNOWN: ReadonlySet<string> = new Set(ANALYSIS_FIELDS);

/**
 * Parse a comma-separated field list (`quotes, entities`), keeping the given order and dropping repeats.
 *
 * @param value The list as the user typed it.
 * @returns The fields.
 * @throws RangeError naming the unknown field and the known ones, or when the list is empty.
 */
export function parseFields(value: string): AnalysisField[] {
  const fields: AnalysisField[] = [];
  for (const raw of value.split(',')) {
    const name = raw.trim();
    if (name === '') continue;
    if (!KNOWN.has(name))
      throw new RangeError(`unknown field "${name}" (known: ${ANALYSIS_FIELDS.join(', ')})`);
    if (!fields.includes(name as AnalysisField)) fields.push(name as AnalysisField);
  }
  if (fields.length === 0) throw new RangeError(`no field given (known: ${ANALYSIS_FIELDS.join(', ')})`);
  return fields;
}

/**
 * The analysis with only `fields` (those it has), in the analysis's own order. Without `fields` the analysis is
 * returned as it is.
 *
 * @param analysis An `analyze()` result.
 * @param fields The fields to keep; `undefined` keeps all.
 */
export function pickFields(analysis: object, fields: readonly string[] | undefined): object {
  if (analysis === null || typeof analysis !== 'object' || Array.isArray(analysis)) {
    throw new TypeError(`newsleuth: analysis must be an analyze() result, got ${describeType(analysis)}`);
  }
  if (fields !== undefined && !Array.isArray(fields)) {
    throw new TypeError(`newsleuth: fields must be an array of field names, got ${describeType(fields)}`);
  }
  if (!fields) return analysis;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(analysis)) if (fields.includes(key)) out[key] = value;
  return out;
}

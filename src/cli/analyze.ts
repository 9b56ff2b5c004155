/**
 * `newsleuth analyze <file|->`: the full analysis of one article as pretty JSON, or as a report with `--report`.
 *
 * @module
 */
import { analyze } from '../analyze.js';
import { pickFields } from '../batch/fields.js';
import { readDocument, readKnownNames, writeOut } from './io.js';
import { formatReport } from './report.js';

/** Options of the `analyze` command. */
export interface AnalyzeCommandOptions {
  /** File of canonical names, one per line. */
  knownNames?: string;
  /** Read the input as an HTML page; default: by `.html` extension or a leading `<!doctype html>`/`<html>`. */
  html?: boolean;
  /** Print a plain-text report for people instead of JSON; default `false`. */
  report?: boolean;
  /** Top-level analysis fields to print as JSON (parsed `--only`); default all. Ignored with `report`. */
  only?: string[];
}

/** Run `analyze` on a file or stdin. */
export async function analyzeCommand(
  file: string | undefined,
  options: AnalyzeCommandOptions,
): Promise<void> {
  const { text, html } = await readDocument(file, options.html ?? false);
  const knownNames = options.knownNames ? readKnownNames(options.knownNames) : undefined;
  const input = html ? { html: text } : { text };
  const result = analyze(input, knownNames ? { knownNames } : undefined);
  writeOut(
    options.report
      ? formatReport(result, file ?? '-')
      : `${JSON.stringify(pickFields(result, options.only), null, 2)}\n`,
  );
}

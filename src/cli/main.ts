#!/usr/bin/env node
/**
 * The `newsleuth` command: `segment`, `analyze` and `batch`. Data goes to stdout, logs to stderr; the exit code is
 * set through `process.exitCode` so stdout drains before the process ends.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ANALYSIS_FIELDS, type AnalysisField, parseFields } from '../batch/fields.js';
import { analyzeCommand } from './analyze.js';
import { batchCommand } from './batch.js';
import { EXIT, guardStdout, InputReadError, log, prefixed } from './io.js';
import { mergeNamesCommand } from './merge-names.js';
import { segmentCommand } from './segment.js';

/** The package version, from the nearest `package.json` named `newsleuth` above this file. */
function version(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'newsleuth' && pkg.version) return pkg.version;
    } catch {
      // no package.json here
    }
    const parent = dirname(dir);
    if (parent === dir) return '0.0.0';
    dir = parent;
  }
}

/** Commander parser for `--only`: a comma-separated list of analysis fields. */
function fieldList(value: string): AnalysisField[] {
  try {
    return parseFields(value);
  } catch (err) {
    throw new InvalidArgumentError(`--only: ${(err as Error).message}`);
  }
}

function positiveInt(name: string, min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw new InvalidArgumentError(`${name} must be an integer ≥ ${min}`);
    return n;
  };
}

const EXAMPLES = `
Examples:
  $ newsleuth segment article.txt              one sentence per line
  $ newsleuth segment --json - < article.txt   blocks and sentences as JSON
  $ newsleuth analyze article.txt              full analysis as JSON
  $ newsleuth analyze --report article.txt     a plain-text report: flags, quotations, entities
  $ newsleuth analyze --html page.html         an HTML page, reduced to its article first
  $ newsleuth batch articles.jsonl --out results.jsonl
  $ newsleuth batch pages/ --out results.jsonl --workers 4 --timeout 10000
  $ cat a.jsonl b.jsonl | newsleuth batch - --out results.jsonl --resume
  $ newsleuth batch 'crawl/**/*.html' --out out.jsonl --known-names names.txt --names-out names.json
  $ newsleuth merge-names shard-*.names.json --out names.json

Exit codes: 0 success, 1 some records failed, 2 bad usage, 130 interrupted (Ctrl-C).`;

const BATCH_HELP = `
Inputs:
  file.jsonl   one UTF-8 JSON object per line: {"id": …, "text": "…"} or {"id": …, "html": "…"}
               (id: a string, or an integer up to 2^53-1; defaults to <file>:<line>)
  dir/         every .txt / .html file under it (symbolic links to directories are not followed)
  'glob/**'    files matching a pattern (quote it)
  -            JSONL on stdin
The id of a .txt / .html file is its path relative to the working directory, however it is named (dir/,
'dir/**' and dir/a.txt all give dir/a.txt). Files are read as UTF-8, UTF-16 with a byte-order mark, or (HTML)
the <meta charset> they declare; anything else is an error line. An id seen before in the run is skipped and
reported (exit 1). The --out and --names-out files are never read as inputs.

Output: one JSON line per record, in input order: {"id": …, …analysis} or
{"id": …, "error": {"message": …, "line": …, "source": …}}. A bad record never stops the run.
With --resume, ids with a result in --out are skipped, error lines are removed and their records redone, and an
unfinished last line is redone, so a crashed run can be rerun until every id is there exactly once (a line
other than the last that is not an output line stops the resume). With --names-out, the index of the records
already done is rebuilt from their entities in --out. Ctrl-C finishes the records in flight and exits with 130.
--only quotes,entities writes just those fields (and id): a line is then a fraction of the full analysis.

Examples:
  $ newsleuth batch articles.jsonl --out results.jsonl
  $ newsleuth batch pages/ --out results.jsonl --workers 4 --timeout 10000
  $ newsleuth batch shard-07.jsonl --out shard-07.out.jsonl --resume --names-out shard-07.names.json
  $ newsleuth batch articles.jsonl --only quotes,entities --out quotes.jsonl`;

/** Build the command tree (exported for tests). */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name('newsleuth')
    .description(
      'Read news articles, above all machine-translated ones: sentences, quotations and speakers, names across transliterations, translation-artefact diagnostics.',
    )
    .version(version(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXAMPLES)
    .exitOverride();

  program
    .command('segment')
    .description('split an article into sentences (one per line)')
    .argument('[file]', 'text file, or - for stdin (the default)')
    .option('--json', 'print blocks and sentences with offsets as JSON')
    .action((file: string | undefined, opts: { json?: boolean }) => segmentCommand(file, opts));

  program
    .command('analyze')
    .description('analyse one article; JSON on stdout')
    .argument('[file]', 'text or HTML file, or - for stdin (the default)')
    .option('--known-names <file>', 'canonical names, one per line, to match spellings against')
    .option('--html', 'read the input as an HTML page (default: by .html extension or a leading <html>)')
    .option('--report', 'print a plain-text report (flags, quotations, entities) instead of JSON')
    .addOption(
      new Option(
        '--only <fields>',
        `print only these fields, comma-separated (${ANALYSIS_FIELDS.join(', ')})`,
      ).argParser(fieldList),
    )
    .action((file: string | undefined, opts: Parameters<typeof analyzeCommand>[1]) =>
      analyzeCommand(file, opts),
    );

  program
    .command('batch')
    .description('analyse many articles on worker threads; one JSON line per article')
    .argument(
      '[inputs...]',
      'JSONL files, directories or globs of .txt/.html files, - for stdin (the default)',
    )
    .option('-o, --out <file>', 'output JSONL file (default: stdout)')
    .addOption(
      new Option('-w, --workers <n>', 'worker threads (default: available cores - 1, at least 1)').argParser(
        positiveInt('--workers', 1),
      ),
    )
    .option('--resume', 'skip the ids already in --out and append the rest')
    .addOption(
      new Option(
        '--timeout <ms>',
        'time limit per record, 0 for none; a record over it becomes an error line',
      )
        .argParser(positiveInt('--timeout', 0))
        .default(60_000),
    )
    .option('--known-names <file>', 'canonical names, one per line, to match spellings against')
    .option('--names-out <file>', "write the batch's merged name index (JSON)")
    .addOption(
      new Option(
        '--only <fields>',
        `write only these fields besides id, comma-separated (${ANALYSIS_FIELDS.join(', ')})`,
      ).argParser(fieldList),
    )
    .option('--no-progress', 'no progress bar even on a terminal')
    .addHelpText('after', BATCH_HELP)
    .action((inputs: string[], opts: Parameters<typeof batchCommand>[1]) => batchCommand(inputs, opts));

  program
    .command('merge-names')
    .description('merge name indexes written by batch --names-out (e.g. from shards run on several machines)')
    .argument('<files...>', 'name-index JSON files')
    .option('-o, --out <file>', 'write the merged index here (default: stdout)')
    .addHelpText(
      'after',
      `
Example:
  $ newsleuth merge-names shard-*.names.json --out names.json`,
    )
    .action((files: string[], opts: { out?: string }) => mergeNamesCommand(files, opts));

  return program;
}

/** Parse `argv` and run the command. */
export async function main(argv: readonly string[] = process.argv): Promise<void> {
  guardStdout();
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors were already printed by commander.
      process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    const e = err as NodeJS.ErrnoException;
    log(prefixed(e.code === 'ENOENT' && e.path ? `no such file: ${e.path}` : (e.message ?? String(err))));
    const usage =
      e instanceof TypeError ||
      e.code === 'ENOENT' ||
      (e instanceof InputReadError && (e.code === 'ENOENT' || e.code === 'EISDIR'));
    process.exitCode = usage ? EXIT.usage : EXIT.failed;
  }
}

await main();

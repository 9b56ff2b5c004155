/**
 * Turning one batch record into one output line: parse and check it, analyse it, serialise the result, or
 * serialise the error. Used by the worker; the main thread uses {@link recordId} to skip records on `--resume`
 * and {@link errorLine} when a record cannot be run at all.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { describeType } from '../util/validate.js';
import { decodeDocument } from './encoding.js';
import type { BatchRecord, RecordFailure } from './types.js';

/** What `analyze()` is given for one record. */
export type RecordInput = { text: string } | { html: string };

/** A record checked and ready to analyse, or the reason it cannot be. */
export type Checked =
  | { ok: true; id: string | number; input: RecordInput }
  | { ok: false; id: string | number; message: string };

/** The id of a JSONL line without one: `source:line`. */
export function syntheticId(source: string, line: number): string {
  return `${source}:${line}`;
}

function idOf(value: unknown, source: string, line: number): string | number | { bad: string } {
  if (value === undefined || value === null) return syntheticId(source, line);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    // JSON numbers beyond 2^53 lose digits when parsed (two ids can become one): they must be strings.
    if (!Number.isFinite(value))
      return { bad: 'id is a number too large to represent; write it as a string' };
    if (Number.isInteger(value) && !Number.isSafeInteger(value))
      return {
        bad: 'id is an integer beyond 2^53 - 1, which a JSON number cannot hold exactly (its digits change); write it as a string',
      };
    return value;
  }
  return { bad: `id must be a string or a number, got ${describeType(value)}` };
}

/**
 * Parse and check a record. A JSONL line must be a JSON object with a string `text` or a string `html`; its `id`
 * (string or number) defaults to `source:line`. A file record is read from disk here.
 */
export function checkRecord(record: BatchRecord): Checked {
  if (record.kind === 'file') {
    let bytes: Buffer;
    try {
      bytes = readFileSync(record.path);
    } catch (err) {
      return { ok: false, id: record.id, message: `cannot read file: ${messageOf(err)}` };
    }
    const decoded = decodeDocument(bytes, record.format);
    if (!decoded.ok) return { ok: false, id: record.id, message: `cannot decode file: ${decoded.message}` };
    const body = decoded.text;
    return { ok: true, id: record.id, input: record.format === 'html' ? { html: body } : { text: body } };
  }
  const fallback = syntheticId(record.source, record.line);
  let value: unknown;
  try {
    value = JSON.parse(record.raw);
  } catch (err) {
    if (record.invalid !== undefined)
      return { ok: false, id: fallback, message: `line is ${record.invalid}` };
    return { ok: false, id: fallback, message: `not JSON: ${messageOf(err)}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, id: fallback, message: `record must be a JSON object, got ${describeType(value)}` };
  }
  const obj = value as Record<string, unknown>;
  const id = idOf(obj['id'], record.source, record.line);
  if (typeof id === 'object') return { ok: false, id: fallback, message: id.bad };
  if (record.invalid !== undefined) return { ok: false, id, message: `line is ${record.invalid}` };
  if ('text' in obj && obj['text'] !== undefined) {
    const text = obj['text'];
    if (typeof text !== 'string')
      return { ok: false, id, message: `text must be a string, got ${describeType(text)}` };
    return { ok: true, id, input: { text } };
  }
  if ('html' in obj && obj['html'] !== undefined) {
    const html = obj['html'];
    if (typeof html !== 'string')
      return { ok: false, id, message: `html must be a string, got ${describeType(html)}` };
    return { ok: true, id, input: { html } };
  }
  return { ok: false, id, message: 'record has no text (expected a "text" or "html" string)' };
}

/**
 * The id a record will have in the output, without analysing it (for `--resume`). Cheap for file records; parses
 * the line for JSONL records.
 */
export function recordId(record: BatchRecord): string | number {
  return record.kind === 'file' ? record.id : checkRecord(record).id;
}

/** Key under which an id is remembered for `--resume`: its JSON text, as it starts every output line. */
export function idKey(id: string | number): string {
  return JSON.stringify(id);
}

/** Where a record came from, for error lines. */
export function lineOf(record: BatchRecord): number | null {
  return record.kind === 'line' ? record.line : null;
}

/** An error line: `{"id":…,"error":{"message":…,"line":…,"source":…}}` with its `\n`, and the failure. */
export function errorLine(
  record: BatchRecord,
  id: string | number,
  message: string,
): { text: string; failure: RecordFailure } {
  const failure: RecordFailure = { id, source: record.source, line: lineOf(record), message };
  const text = `${JSON.stringify({ id, error: { message, line: failure.line, source: failure.source } })}\n`;
  return { text, failure };
}

/** An error's message, for any thrown value. */
export function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

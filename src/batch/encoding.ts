/**
 * Decoding a document's bytes without ever turning them silently into U+FFFD: a UTF-16 byte-order mark is
 * honoured, valid UTF-8 is UTF-8, nearly valid UTF-8 (a stray byte) is UTF-8 with U+FFFD that the analysis then
 * flags, an HTML page that is not UTF-8 is read in the charset its `<meta>` declares
 * (any label `TextDecoder` knows: `windows-1251`, `iso-8859-1`, `koi8-r`, `shift_jis`…), and anything else is an
 * error naming the problem (guessing a legacy encoding from the bytes alone is unreliable on short texts).
 *
 * @module
 */
import { isUtf8 } from 'node:buffer';
import { invalidUtf8 } from './lines.js';

/** The decoded text, or why the bytes could not be decoded. */
export type Decoded =
  | {
      ok: true;
      text: string;
      encoding: string;
      /** Invalid sequences of a nearly-UTF-8 document, each read as U+FFFD (and flagged as encoding damage). */
      replaced?: number;
    }
  | { ok: false; message: string };

/** `<meta charset="x">` or `<meta http-equiv="Content-Type" content="text/html; charset=x">`. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/** How far into a page a `<meta charset>` is looked for (browsers look at the first 1024 bytes; be lenient). */
const META_WINDOW = 8192;

/**
 * The charset an HTML page declares in a `<meta>` near its start, or `null`.
 *
 * @param bytes The page's bytes (only the first 8 KiB are read).
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_WINDOW)).toString(
    'latin1',
  );
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

/**
 * Decode a text or HTML document.
 *
 * - A UTF-16 byte-order mark (`FF FE`, `FE FF`): UTF-16 LE / BE, the mark dropped.
 * - Valid UTF-8: UTF-8 (a UTF-8 byte-order mark is kept as U+FEFF, as `readFileSync(path, 'utf8')` does).
 * - Nearly valid UTF-8 (at most 8 invalid sequences, or one per 1,000 bytes) and no other charset declared: UTF-8
 *   with U+FFFD for each invalid sequence (`replaced` counts them; the encoding-damage rule reports each place).
 * - `format: 'html'` and a `<meta charset>` other than UTF-8: that charset.
 * - Otherwise an error: the first invalid byte and how to fix it.
 *
 * @param bytes The file's bytes.
 * @param format `text` or `html` (only HTML can declare its charset).
 * @returns `{ ok: true, text, encoding }` or `{ ok: false, message }`.
 */
export function decodeDocument(bytes: Uint8Array, format: 'text' | 'html'): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe)
    return { ok: true, text: decodeAs('utf-16le', bytes), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff)
    return { ok: true, text: decodeAs('utf-16be', bytes), encoding: 'utf-16be' };
  if (isUtf8(bytes)) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    return { ok: true, text: buf.toString('utf8'), encoding: 'utf-8' };
  }
  // Nearly all UTF-8 (a stray byte of another encoding, as browsers meet in mislabelled pages): decoded with
  // U+FFFD for the bad bytes, which the encoding-damage rule then reports where they stand.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const replaced = countReplacements(lenient);
  if (replaced <= Math.max(STRAY_BYTES, bytes.length / 1000) && (format === 'text' || !nonUtf8Meta(bytes))) {
    return { ok: true, text: lenient, encoding: 'utf-8', replaced };
  }
  const problem = invalidUtf8(bytes);
  if (format === 'html') {
    const label = declaredCharset(bytes);
    if (label !== null) {
      let decoder: InstanceType<typeof TextDecoder>;
      try {
        decoder = new TextDecoder(label);
      } catch {
        return {
          ok: false,
          message: `${problem}, and its <meta charset="${label}"> is not a known encoding`,
        };
      }
      if (decoder.encoding !== 'utf-8')
        return { ok: true, text: decoder.decode(bytes), encoding: decoder.encoding };
      return { ok: false, message: `${problem} though its <meta charset> says UTF-8` };
    }
  }
  const hint =
    format === 'html'
      ? 'declare its <meta charset> or convert it to UTF-8'
      : 'convert it to UTF-8, e.g. iconv -f windows-1252 -t utf-8';
  return { ok: false, message: `${problem} and no encoding declared: ${hint}` };
}

/** How many invalid sequences a mostly-UTF-8 document may hold and still be read as UTF-8 (at least). */
const STRAY_BYTES = 8;

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** Does the page declare a charset other than UTF-8 in its `<meta>`? */
function nonUtf8Meta(bytes: Uint8Array): boolean {
  const label = declaredCharset(bytes);
  if (label === null) return false;
  try {
    return new TextDecoder(label).encoding !== 'utf-8';
  } catch {
    return false;
  }
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

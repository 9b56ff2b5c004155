/**
 * Inline lists inside one block: `1) first 2) second`, `a. first b. second`, `• first • second`.
 *
 * A block is an inline list only when it starts with a marker and the next marker of the same sequence follows;
 * the boundaries fall just before each later marker.
 *
 * @module
 */

const NUMBER_MARKER_RE = /^(\(?)(\d{1,3})(\.\)|\)|\.)(?=\s)/;
const LETTER_MARKER_RE = /^(\(?)([a-z])(\.\)|\)|\.)(?=\s)/;
const BULLET_RE = /^([•·⁃▪►‣◦●○■□➢➤])/u;

/** The bullets of {@link BULLET_RE}, by code. */
function isBulletCode(c: number): boolean {
  switch (c) {
    case 0x2022: // •
    case 0xb7: // ·
    case 0x2043: // ⁃
    case 0x25aa: // ▪
    case 0x25ba: // ►
    case 0x2023: // ‣
    case 0x25e6: // ◦
    case 0x25cf: // ●
    case 0x25cb: // ○
    case 0x25a0: // ■
    case 0x25a1: // □
    case 0x27a2: // ➢
    case 0x27a4: // ➤
      return true;
    default:
      return false;
  }
}

/** Where list markers sit in a block. */
export interface ListMarkers {
  /** Offsets where a new item starts (not counting the first). */
  breaks: number[];
  /** `[start, end)` of every marker, first included: their full stops are not sentence ends. */
  markers: Array<[number, number]>;
}

/**
 * Find an inline list in `text[start, end)`.
 *
 * @param text The input.
 * @param start Block start (a non-space character).
 * @param end Block end.
 * @returns The list's breaks and markers, or `null` when the block is not an inline list.
 */
export function findListMarkers(text: string, start: number, end: number): ListMarkers | null {
  // A marker opens with a bullet, `(`, a digit or a lower-case letter: most blocks are ruled out here.
  const c = text.charCodeAt(start);
  if (!(c === 40 || (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 0xb7 && isBulletCode(c))))
    return null;
  const head = text.slice(start, Math.min(end, start + 16));
  const bullet = BULLET_RE.exec(head);
  const bulletChar = bullet?.[1];
  // A bullet may carry a number after it: `• 9. The first item`.
  const numberHead = bulletChar ? head.slice(bulletChar.length).trimStart() : head;
  const numberOffset = head.length - numberHead.length;
  const num = NUMBER_MARKER_RE.exec(numberHead);
  const letter = num ? null : LETTER_MARKER_RE.exec(numberHead);
  if (!bulletChar && !num && !letter) return null;

  const breaks: number[] = [];
  const markers: Array<[number, number]> = [];
  const firstMarkerEnd = start + numberOffset + (num?.[0].length ?? letter?.[0].length ?? 0);
  markers.push([start, bulletChar && !num && !letter ? start + bulletChar.length : firstMarkerEnd]);
  const body = text.slice(start, end);

  if (bulletChar) {
    let from = bulletChar.length;
    for (let at = body.indexOf(bulletChar, from); at !== -1; at = body.indexOf(bulletChar, from)) {
      from = at + bulletChar.length;
      if (at > 0 && !/\s/.test(body[at - 1] ?? '')) continue;
      breaks.push(start + at);
      const rest = body.slice(from, from + 8);
      const inner = NUMBER_MARKER_RE.exec(rest.trimStart());
      const innerEnd = inner ? from + (rest.length - rest.trimStart().length) + inner[0].length : from;
      markers.push([start + at, start + innerEnd]);
    }
  } else {
    const seq = num ?? letter!;
    const open = seq[1] ?? '';
    const close = seq[3] ?? '';
    let value = num ? Number(seq[2]) : (seq[2] ?? 'a').charCodeAt(0);
    let from = seq[0].length;
    for (;;) {
      value += 1;
      const label = num ? String(value) : String.fromCharCode(value);
      const needle = ` ${open}${label}${close}`;
      const at = body.indexOf(needle, from);
      if (at === -1) break;
      const after = body.charCodeAt(at + needle.length);
      if (!(after === 32 || after === 9 || after === 10 || after === 0xa0)) {
        from = at + 1;
        value -= 1;
        continue;
      }
      breaks.push(start + at + 1);
      markers.push([start + at + 1, start + at + needle.length]);
      from = at + needle.length;
    }
  }
  return breaks.length > 0 ? { breaks, markers } : null;
}

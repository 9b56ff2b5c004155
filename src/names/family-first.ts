/**
 * Names written family name first (`Xi Jinping`, `Kim Jong Un`, `Li Qiang`): a Chinese or Korean family name
 * followed by given-name words that read as Mandarin or Korean syllables.
 *
 * @module
 */
import { FAMILY_FIRST_SURNAMES } from '../lexicons/family-first-surnames.js';
import { isSinitic } from './skeleton.js';

/** One romanised Korean syllable (`Jong`, `Un`, `Suk`, `Yeol`, `Jae`, `Myung`): initial, vowel, final. */
const KOREAN_SYLLABLE_RE =
  /^(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhyw])?(?:yeo|yae|wae|eo|ae|ya|ye|yo|yu|eu|ui|oe|wa|wo|we|wi|oo|ee|a|e|i|o|u)(?:ng|[kntlmp])?$/u;

function clean(token: string): string {
  if (/^[\x20-\x7e]*$/u.test(token)) return token.toLowerCase().replace(/'/gu, '');
  return token
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/['’]/gu, '');
}

/** A given-name word of a family-first name: one or two Mandarin syllables, or one Korean syllable. */
function isEastAsianGiven(token: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(token) && !/^\p{Lu}$/u.test(token)) return false;
  const c = clean(token);
  if (c.includes('-'))
    return c.split('-').every((p) => p !== '' && (isSinitic(p) || KOREAN_SYLLABLE_RE.test(p)));
  return isSinitic(c) || KOREAN_SYLLABLE_RE.test(c);
}

/**
 * Whether a name of two or three words is written family name first: its first word is a Chinese or Korean
 * family name ({@link FAMILY_FIRST_SURNAMES}) and every other word reads as a Mandarin or Korean given name
 * (`Xi Jinping`, `Li Qiang`, `Kim Jong Un`, `Yoon Suk Yeol`; not `Kim Kardashian`, `Lee Anderson`, `Han Solo`
 * is the rare miss). In a three-word name each given word is one syllable.
 *
 * @param tokens The name's words.
 * @returns `true` when the surname is the first word.
 */
export function isFamilyFirst(tokens: readonly string[]): boolean {
  if (tokens.length < 2 || tokens.length > 3) return false;
  const first = tokens[0] as string;
  if (!/^\p{Lu}\p{Ll}*$/u.test(first) || !FAMILY_FIRST_SURNAMES.has(clean(first))) return false;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (!isEastAsianGiven(t)) return false;
    if (tokens.length === 3 && !t.includes('-') && clean(t).length > 5) return false;
  }
  return true;
}

// Names as written → a clean display name, a folded form for comparing, and an ASCII slug for ids.
import { FNV_OFFSET, FNV_PRIME, HASH_MASK, hashString } from './hash';

/** Letters that NFD does not split into a base letter plus a mark. */
const LIGATURES: Readonly<Record<string, string>> = {
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ς: 'σ',
};
const MARK_RE = /^\p{M}$/u;
const WORD_RE = /^[\p{L}\p{N}]+$/u;
const MESSY_SPACE_RE = /^\s|\s$|\s\s|[^\S ]/;

/** Trims (spaces, tabs, NBSP, narrow NBSP, line ends); inner runs of whitespace → one space. */
export function cleanName(s: string): string {
  return MESSY_SPACE_RE.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/** What a character (a code point) folds to: lower-case letters/digits without marks, '' for a
 * mark, null for a gap. Filled on first use. */
const foldedChars = new Map<number, string | null>();

function foldChar(codePoint: number): string | null {
  let f = foldedChars.get(codePoint);
  if (f !== undefined) return f;
  const ch = String.fromCodePoint(codePoint);
  if (MARK_RE.test(ch)) f = '';
  else {
    const decomposed = ch.toLowerCase().normalize('NFD');
    const parts = Array.from(decomposed, (c) => (MARK_RE.test(c) ? '' : (LIGATURES[c] ?? c)));
    const base = parts.join('');
    f = WORD_RE.test(base) ? base : null;
  }
  foldedChars.set(codePoint, f);
  return f;
}

/** Codes of the last folded name, reused from call to call (a plain array: the fastest to turn back
 * into a string with `String.fromCharCode.apply`). Gaps between words are written as `-`. */
const codes: number[] = [];
/** Arguments per `fromCharCode` call, well below any engine's limit. */
const CHUNK = 8192;

function codesText(): string {
  if (codes.length <= CHUNK) return String.fromCharCode.apply(null, codes);
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.slice(i, i + CHUNK));
  }
  return out;
}

const HYPHEN = 45;
const isPlain = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/**
 * Folds `s` into `codes`, words joined by `-`, and returns the hash of those codes, or -1 when some
 * letter is not plain `a-z0-9` (then the codes are not yet a slug). ASCII needs no lookup at all.
 */
function foldCodes(s: string): number {
  let n = 0;
  let gap = false;
  let plain = true;
  let hash = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    let code = s.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    let f: string | null = null;
    if (!isPlain(code)) {
      const point = s.codePointAt(i) ?? code;
      if (point > 0xffff) i++;
      f = code < 128 ? null : foldChar(point);
      if (f === null) gap = n > 0;
      if (f === null || f === '') continue;
    }
    if (gap) {
      codes[n++] = HYPHEN;
      hash = Math.imul(hash ^ HYPHEN, FNV_PRIME);
      gap = false;
    }
    const length = f === null ? 1 : f.length;
    for (let j = 0; j < length; j++) {
      const c = f === null ? code : f.charCodeAt(j);
      codes[n++] = c;
      hash = Math.imul(hash ^ c, FNV_PRIME);
      if (f !== null && !isPlain(c)) plain = false;
    }
  }
  codes.length = n;
  return plain && n > 0 ? hash & HASH_MASK : -1;
}

/**
 * A name's slug (see `slugify`) with its `hashString`, and its folded form (see `foldName`) unless
 * the slug already says it: when the name folds to plain `a-z0-9` words, `folded` is null and is the
 * slug with `-` read as spaces. One pass into a reused array: one new string per name.
 */
export function slugKey(s: string): { slug: string; hash: number; folded: string | null } {
  const hash = foldCodes(s);
  if (hash >= 0) return { slug: codesText(), hash, folded: null };
  for (let i = 0; i < codes.length; i++) if (codes[i] === HYPHEN) codes[i] = 32;
  const folded = codesText();
  const cut = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const slug = cut === '' ? 'school' : cut;
  return { slug, hash: hashString(slug), folded };
}

/**
 * For comparing names: lower case, no diacritics (NFD then marks removed; æ → ae, œ → oe), every
 * run of characters that are not letters or digits → one space, trimmed.
 */
export function foldName(s: string): string {
  const { slug, folded } = slugKey(s);
  return folded ?? slug.replaceAll('-', ' ');
}

/** An ASCII id: the folded name with non-`a-z0-9` runs → `-`; `'school'` if nothing is left. */
export function slugify(s: string): string {
  return slugKey(s).slug;
}

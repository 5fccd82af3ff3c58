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

/** Characters that show nothing or only steer the display: C0 and C1 controls (but the whitespace
 *  ones, which become spaces), zero-width space, joiners and word joiner, the BOM, and the bidi
 *  controls (marks, embeddings, overrides, isolates). Letters of right-to-left scripts are kept. */
const INVISIBLE_RE =
  // eslint-disable-next-line no-control-regex -- control characters are what it finds
  /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** True for the UTF-16 codes of INVISIBLE_RE (its whitespace-free part, for the fold's scan). */
function isInvisible(code: number): boolean {
  return code < 128
    ? code < 9 || (code > 13 && code < 32) || code === 127
    : code < 0xa0 ||
        code === 0x61c ||
        (code >= 0x200b && code <= 0x200f) ||
        (code >= 0x202a && code <= 0x202e) ||
        code === 0x2060 ||
        (code >= 0x2066 && code <= 0x2069) ||
        code === 0xfeff;
}

/** Invisible characters (see INVISIBLE_RE) removed. */
export const stripInvisible = (s: string): string => s.replace(INVISIBLE_RE, '');

/**
 * Invisible characters removed (see INVISIBLE_RE); trimmed (spaces, tabs, NBSP, narrow NBSP, line
 * ends); inner runs of whitespace → one space.
 */
export function cleanName(s: string): string {
  INVISIBLE_RE.lastIndex = 0;
  if (INVISIBLE_RE.test(s)) return clean(stripInvisible(s));
  return MESSY_SPACE_RE.test(s) ? clean(s) : s;
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** True for the UTF-16 codes from U+0080 up that `\s` matches (below, it is 9-13 and 32). */
function isWideSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** What a character (a code point) folds to: lower-case letters/digits without marks, '' for a
 * mark, null for a gap. */
function foldOf(codePoint: number): string | null {
  const ch = String.fromCodePoint(codePoint);
  if (MARK_RE.test(ch)) return '';
  const decomposed = ch.toLowerCase().normalize('NFD');
  const parts = Array.from(decomposed, (c) => (MARK_RE.test(c) ? '' : (LIGATURES[c] ?? c)));
  const base = parts.join('');
  return WORD_RE.test(base) ? base : null;
}

/** Code points below this have their fold in an array (Latin, Greek, Cyrillic…): no hashing. */
const TABLE_SIZE = 0x3000;
/** `foldOf` of the code points below TABLE_SIZE, filled on first use (undefined: not yet). */
const foldTable = new Array<string | null | undefined>(TABLE_SIZE).fill(undefined);
/** `foldOf` of the other code points, filled on first use. */
const foldMap = new Map<number, string | null>();

function foldChar(codePoint: number): string | null {
  let f = codePoint < TABLE_SIZE ? foldTable[codePoint] : foldMap.get(codePoint);
  if (f !== undefined) return f;
  f = foldOf(codePoint);
  if (codePoint < TABLE_SIZE) foldTable[codePoint] = f;
  else foldMap.set(codePoint, f);
  return f;
}

/** `quick` entries other than a plain code: a gap between words, a mark (folds to nothing), a
 *  character for the general path, and not yet known. */
const GAP = -1;
const MARK = -2;
const GENERAL = -3;
const UNKNOWN = 0;
/**
 * For each code below TABLE_SIZE, what the fold's loop does with it without the general path: the
 * plain `a-z0-9` code it folds to alone (`É` → `e`), GAP (`'`, `°`, `·`), MARK (a combining
 * accent), or GENERAL for the rest: spaces and line ends (they make a name messy), invisible
 * characters (removed, not gaps), folds of several letters (`œ`) or to letters that are not plain.
 * Filled on first use, so a French name's accents cost one array read each.
 */
const quick = new Int8Array(TABLE_SIZE);

function quickOf(code: number): number {
  if (code === 32 || (code >= 9 && code <= 13) || isInvisible(code) || isWideSpace(code))
    return GENERAL;
  const f = foldChar(code);
  if (f === null) return GAP;
  if (f === '') return MARK;
  const c = f.charCodeAt(0);
  return f.length === 1 && isPlain(c) ? c : GENERAL;
}

/** Codes of the last folded name (the first `codesLength`), reused from call to call; grown, never
 * shrunk. Gaps between words are written as `-`. */
let codes = new Uint16Array(256);
let codesLength = 0;

/** Beyond this many codes, a buffer grown for one long name is let go once read. */
const KEPT_CODES = 1 << 16;

/** Makes room for `n` codes, keeping the first `kept`. */
function reserve(n: number, kept: number): void {
  if (n <= codes.length) return;
  const grown = new Uint16Array(Math.max(n, codes.length * 2));
  grown.set(codes.subarray(0, kept));
  codes = grown;
}

/** Arrays of exactly n numbers, n ≤ SHORT: copied into, they are the fastest way back to a string
 * (`String.fromCharCode.apply` takes a plain array quicker than a typed one). */
const SHORT = 64;
const exact: number[][] = Array.from({ length: SHORT + 1 }, (_, n) =>
  Array.from({ length: n }, () => 0),
);
/** Arguments per `fromCharCode` call, well below any engine's limit. */
const CHUNK = 8192;

function codesText(): string {
  const n = codesLength;
  const out = exact[n];
  if (out !== undefined) {
    const buf = codes;
    for (let i = 0; i < n; i++) out[i] = buf[i] ?? 0;
    return String.fromCharCode.apply(null, out);
  }
  let text = '';
  for (let i = 0; i < n; i += CHUNK) {
    text += String.fromCharCode.apply(null, Array.from(codes.subarray(i, Math.min(n, i + CHUNK))));
  }
  if (codes.length > KEPT_CODES) codes = new Uint16Array(256);
  return text;
}

const HYPHEN = 45;
const isPlain = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/** Whether the last text folded had whitespace that `cleanName` would change (see `MESSY_SPACE_RE`). */
let messy = false;
/** Whether the last text folded had invisible characters (see INVISIBLE_RE). */
let hidden = false;

/**
 * Folds `s` into `codes`, words joined by `-`, and returns the hash of those codes, or -1 when some
 * letter is not plain `a-z0-9` (then the codes are not yet a slug).
 * On the way, notes in `messy` whether `cleanName` would change `s`: whitespace at either end, two
 * in a row, or any but a plain space (all of them gaps to the fold, so the slug is the same).
 */
function foldCodes(s: string): number {
  const length = s.length;
  let n = 0;
  let gap = false;
  let plain = true;
  let hash = FNV_OFFSET;
  let lastSpace = -2;
  messy = false;
  hidden = false;
  // A letter or digit gives at most two codes (a `-` before it); a fold makes room for itself.
  reserve(2 * length, 0);
  let buf = codes;
  for (let i = 0; i < length; i++) {
    const code = s.charCodeAt(i);
    // Letters and digits (`A` → `a`), what folds to one of them alone (`É` → `e`), gaps (`'`,
    // `°`) and marks: one read of the table (see `quick`). Spaces and the rest go on below.
    let q = code < TABLE_SIZE ? (quick[code] ?? GENERAL) : GENERAL;
    if (q === UNKNOWN) q = quick[code] = quickOf(code);
    if (q > 0) {
      if (gap) {
        buf[n++] = HYPHEN;
        hash = Math.imul(hash ^ HYPHEN, FNV_PRIME);
        gap = false;
      }
      buf[n++] = q;
      hash = Math.imul(hash ^ q, FNV_PRIME);
      continue;
    }
    if (q === GAP) {
      gap = n > 0;
      continue;
    }
    if (q === MARK) continue;
    if (code === 32) {
      if (i === 0 || lastSpace === i - 1) messy = true;
      lastSpace = i;
      gap = n > 0;
      continue;
    }
    let f: string | null = null;
    if (isInvisible(code)) {
      // Removed, not a gap: `Eco\u200ble` is `Ecole`.
      hidden = true;
      continue;
    }
    if (code < 128) {
      if (code >= 9 && code <= 13) messy = true;
    } else {
      if (isWideSpace(code)) messy = true;
      let point = code;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
        const low = s.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          point = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
      f = foldChar(point);
    }
    if (f === null) {
      gap = n > 0;
      continue;
    }
    if (f === '') continue;
    // Room for this fold, its `-`, and the rest of the name at two codes a unit.
    reserve(n + f.length + 1 + 2 * (length - i), n);
    buf = codes;
    if (gap) {
      buf[n++] = HYPHEN;
      hash = Math.imul(hash ^ HYPHEN, FNV_PRIME);
      gap = false;
    }
    for (let j = 0; j < f.length; j++) {
      const c = f.charCodeAt(j);
      buf[n++] = c;
      hash = Math.imul(hash ^ c, FNV_PRIME);
      if (!isPlain(c)) plain = false;
    }
  }
  if (lastSpace === length - 1) messy = true;
  codesLength = n;
  return plain && n > 0 ? hash & HASH_MASK : -1;
}

/** What `slugKey` gives: a slug, its hash, and the folded form when the slug does not say it. */
export interface SlugKey {
  slug: string;
  hash: number;
  folded: string | null;
}

/** The `SlugKey` of the codes `foldCodes` just wrote, from the hash it returned. */
function keyOfCodes(hash: number): SlugKey {
  if (hash >= 0) return { slug: codesText(), hash, folded: null };
  for (let i = 0; i < codesLength; i++) if (codes[i] === HYPHEN) codes[i] = 32;
  const folded = codesText();
  const cut = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const slug = cut === '' ? 'school' : cut;
  return { slug, hash: hashString(slug), folded };
}

/**
 * A name's slug (see `slugify`) with its `hashString`, and its folded form (see `foldName`) unless
 * the slug already says it: when the name folds to plain `a-z0-9` words, `folded` is null and is the
 * slug with `-` read as spaces. One pass into a reused array: one new string per name.
 */
export function slugKey(s: string): SlugKey {
  return keyOfCodes(foldCodes(s));
}

/**
 * A name cell as written → its clean name (`cleanName`) and that name's `slugKey`, in one pass over
 * the text instead of two (a 100,000-row table reads 100,000 names).
 */
export function nameKey(raw: string): { name: string; key: SlugKey } {
  const key = keyOfCodes(foldCodes(raw));
  return { name: hidden ? clean(stripInvisible(raw)) : messy ? clean(raw) : raw, key };
}

/** Where `readNameKey` writes a name cell's clean name and slug key: one object, reused. */
export interface NameKeyOut {
  name: string;
  slug: string;
  hash: number;
  folded: string | null;
}

/**
 * `nameKey` into `out` instead of two new objects (the parser reads 100,000 names in a row, and
 * its per-name garbage was collected in the same task).
 */
export function readNameKey(raw: string, out: NameKeyOut): void {
  const hash = foldCodes(raw);
  if (hash >= 0) {
    out.slug = codesText();
    out.hash = hash;
    out.folded = null;
  } else {
    const key = keyOfCodes(hash);
    out.slug = key.slug;
    out.hash = key.hash;
    out.folded = key.folded;
  }
  out.name = hidden ? clean(stripInvisible(raw)) : messy ? clean(raw) : raw;
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

// data/profils.json (facts a school publishes about itself, each with its source and a quote) →
// typed profiles, and the gap between a school's own figure and the ranking's (pure, no DOM).
import { foldName } from '../data/normalize';
import { roundTo } from '../analysis/round';
import { weeksToMonths } from '../analysis/weeks';

/** A text in French and English. */
export interface Bilingual {
  fr: string;
  en: string;
}

/** One fact a school states about itself, with where it says so. */
export interface Fact {
  id: string;
  /** What the fact is about (« Durée à l’étranger »). */
  label: Bilingual;
  /** The fact, short (« 10 mois en moyenne… »). */
  value: Bilingual;
  /** File name of the source document in shared/seeds (e.g. `002_254d1db0dfb1bd6a.txt`). */
  source: string;
  /** The sentence it comes from, verbatim (line ends of the source read as spaces). */
  quote: string;
}

/** The school's own figure for time abroad: an average in months, or a minimum in weeks. */
export type OwnFigure =
  | { kind: 'average'; months: number; fact: string }
  | { kind: 'minimum'; weeks: number; fact: string };

/** What a school says of itself, keyed by its name as printed in the ranking. */
export interface SchoolFacts {
  ecole: string;
  own: OwnFigure | null;
  facts: Fact[];
}

export interface ProfileData {
  /** Title of each source document, by file name. */
  sources: Record<string, Bilingual>;
  schools: SchoolFacts[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function bilingual(v: unknown): Bilingual | null {
  if (!isObj(v)) return null;
  const fr = str(v.fr);
  const en = str(v.en);
  return fr && en ? { fr, en } : null;
}

function fact(v: unknown): Fact | null {
  if (!isObj(v)) return null;
  const id = str(v.id);
  const label = bilingual(v.label);
  const value = bilingual(v.value);
  const source = str(v.source);
  const quote = str(v.quote);
  return id && label && value && source && quote ? { id, label, value, source, quote } : null;
}

function ownFigure(v: unknown): OwnFigure | null {
  if (!isObj(v)) return null;
  const fact = str(v.fact);
  const months = num(v.months);
  const weeks = num(v.weeks);
  if (!fact) return null;
  if (v.kind === 'average' && months !== null) return { kind: 'average', months, fact };
  if (v.kind === 'minimum' && weeks !== null) return { kind: 'minimum', weeks, fact };
  return null;
}

/** Reads profils.json as parsed JSON; anything malformed is left out, never thrown. */
export function readProfiles(json: unknown): ProfileData {
  const data: ProfileData = { sources: {}, schools: [] };
  if (!isObj(json)) return data;
  if (isObj(json.sources)) {
    for (const [file, title] of Object.entries(json.sources)) {
      const t = bilingual(title);
      if (t) data.sources[file] = t;
    }
  }
  for (const s of Array.isArray(json.schools) ? json.schools : []) {
    if (!isObj(s) || !str(s.ecole)) continue;
    const facts = (Array.isArray(s.facts) ? s.facts : []).flatMap((f) => fact(f) ?? []);
    data.schools.push({ ecole: String(s.ecole), own: ownFigure(s.own), facts });
  }
  return data;
}

/** The facts of the school printed as `name` (case, accents and punctuation ignored), if any. */
export function factsOf(data: ProfileData, name: string): SchoolFacts | undefined {
  const key = foldName(name);
  return data.schools.find((s) => foldName(s.ecole) === key);
}

/** The school's own figure set against the ranking's average, in months. */
export type OwnGap =
  | { kind: 'average'; own: number; ranking: number; gap: number }
  | {
      kind: 'minimum';
      weeks: number;
      /** The minimum in months, rounded to one decimal as shown (11 weeks → 2.5). */
      own: number;
      ranking: number;
      gap: number;
    };

/**
 * How far apart the school's figure and the ranking's are: for an average, own − ranking (10 vs 8
 * → 2); for a minimum in weeks, ranking − minimum in months (9 vs 11 weeks ≈ 2.54 → 6.5), each
 * rounded to one decimal. A negative gap says the other way round.
 */
export function ownGap(own: OwnFigure, rankingMonths: number): OwnGap {
  if (own.kind === 'average') {
    return {
      kind: 'average',
      own: own.months,
      ranking: rankingMonths,
      gap: roundTo(own.months - rankingMonths, 1),
    };
  }
  const months = weeksToMonths(own.weeks);
  return {
    kind: 'minimum',
    weeks: own.weeks,
    own: roundTo(months, 1),
    ranking: rankingMonths,
    gap: roundTo(rankingMonths - months, 1),
  };
}

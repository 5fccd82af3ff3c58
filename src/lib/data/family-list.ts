// The families of schools and a school's family by its folded name: what the app asks of
// familles.csv once read (by parseFamilies in families.ts, at build time for the bundled file), kept
// apart from the reader so that the page's start bundle holds no CSV parser.
import { foldName } from './normalize';

const LIST = [
  { id: 'centrale', fr: 'Centrale', en: 'Centrale' },
  { id: 'mines', fr: 'Mines', en: 'Mines' },
  { id: 'insa', fr: 'INSA', en: 'INSA' },
  { id: 'polytech', fr: 'Polytech', en: 'Polytech network' },
  { id: 'ut', fr: 'Universités de technologie', en: 'Universities of technology' },
  { id: 'telecom', fr: 'Télécom', en: 'Telecom' },
  { id: 'chimie', fr: 'Chimie', en: 'Chemistry' },
  { id: 'agro', fr: 'Agronomie et alimentation', en: 'Agronomy and food' },
  { id: 'itii', fr: 'Apprentissage (ITII)', en: 'Apprenticeship (ITII)' },
  { id: 'autre', fr: 'Autres écoles', en: 'Other schools' },
] as const;

/** A family's id, as written in the `famille` column of familles.csv. */
export type FamilyId = (typeof LIST)[number]['id'];

/** A family of schools, with its French and English labels. */
export interface Family {
  id: FamilyId;
  fr: string;
  en: string;
}

/** The families in the order the app lists them; `autre` (every other school) comes last. */
export const FAMILIES: readonly Family[] = LIST;

const IDS: ReadonlySet<string> = new Set(FAMILIES.map((f) => f.id));
/** Whether `s` is one of the families' ids. */
export const isFamilyId = (s: string): s is FamilyId => IDS.has(s);

/** The family of the school named `name` (case, accents and punctuation ignored); 'autre' if none. */
export function familyOf(byName: ReadonlyMap<string, FamilyId>, name: string): FamilyId {
  return byName.get(foldName(name)) ?? 'autre';
}

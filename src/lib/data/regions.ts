// The 18 regions of France today (13 in metropolitan France, 5 overseas), by their INSEE code, as the
// Code officiel géographique names them (checked against the npm package
// @etalab/decoupage-administratif by tests/data/places.test.ts). Names are proper nouns, shown as
// written in both languages. What the app asks of lieux.csv once read (places.ts), apart from its
// reader so that the map and the region filter load no CSV parser.

/** A region: its INSEE code, its name, and whether it is in metropolitan France or overseas. */
export interface Region {
  code: string;
  name: string;
  zone: Zone;
}

/** Metropolitan France or overseas, as lieux.csv's `zone` column writes it. */
export type Zone = 'metropole' | 'outre-mer';

/** The regions in INSEE code order: the five overseas first, then metropolitan France. */
export const REGIONS: readonly Region[] = [
  { code: '01', name: 'Guadeloupe', zone: 'outre-mer' },
  { code: '02', name: 'Martinique', zone: 'outre-mer' },
  { code: '03', name: 'Guyane', zone: 'outre-mer' },
  { code: '04', name: 'La Réunion', zone: 'outre-mer' },
  { code: '06', name: 'Mayotte', zone: 'outre-mer' },
  { code: '11', name: 'Île-de-France', zone: 'metropole' },
  { code: '24', name: 'Centre-Val de Loire', zone: 'metropole' },
  { code: '27', name: 'Bourgogne-Franche-Comté', zone: 'metropole' },
  { code: '28', name: 'Normandie', zone: 'metropole' },
  { code: '32', name: 'Hauts-de-France', zone: 'metropole' },
  { code: '44', name: 'Grand Est', zone: 'metropole' },
  { code: '52', name: 'Pays de la Loire', zone: 'metropole' },
  { code: '53', name: 'Bretagne', zone: 'metropole' },
  { code: '75', name: 'Nouvelle-Aquitaine', zone: 'metropole' },
  { code: '76', name: 'Occitanie', zone: 'metropole' },
  { code: '84', name: 'Auvergne-Rhône-Alpes', zone: 'metropole' },
  { code: '93', name: "Provence-Alpes-Côte d'Azur", zone: 'metropole' },
  { code: '94', name: 'Corse', zone: 'metropole' },
];

const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));

/** The region of an INSEE code, if it is one of the 18. */
export const regionOf = (code: string): Region | undefined => BY_CODE.get(code);

/** Where a school is, as lieux.csv says it: a city (may be empty when the source names only a
 *  region), a region code ('' when not one region), the zone, and where that comes from. */
export interface Place {
  /** The city, or several (`Lille ; Nantes ; Toulouse`), or '' (only a region known, or none). */
  city: string;
  /** The region's INSEE code; '' when the place is not verified or spans several regions. */
  region: string;
  /** Its name (INSEE's), '' with the code. */
  regionName: string;
  /** '' when the place is not verified. */
  zone: Zone | '';
  /** `nom` (the school's name says it), a page's address, or `lieu non vérifié`. */
  source: string;
  /** In French: what the source says, or why the place is as it is. */
  note: string;
}

/** The source of a place nobody could verify: its city and region are empty. */
export const UNVERIFIED = 'lieu non vérifié';
/** The source of a place the school's own name states. */
export const FROM_NAME = 'nom';

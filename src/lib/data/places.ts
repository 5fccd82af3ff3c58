// Text of lieux.csv → each school's place (city, region, zone, source), keyed by the app's school id,
// plus the problems by line (pure; papaparse reads the CSV through readRows). Run at build time
// for the bundled file (readers.ts): the page loads the result when the map or the region filter
// first needs it, never a parser.
import { readRows } from './csv';
import { FROM_NAME, regionOf, UNVERIFIED, type Place, type Zone } from './regions';

export { FROM_NAME, REGIONS, regionOf, UNVERIFIED, type Place, type Region } from './regions';

/** What `parsePlaces` gives: places by school id, and what went wrong. */
export interface PlaceTable {
  byId: Map<string, Place>;
  /** One message per unusable row, e.g. `line 4: unknown region "99" for ENSEA`. */
  problems: string[];
}

const COLUMNS = [
  'ecole',
  'id',
  'ville',
  'region',
  'code_region',
  'zone',
  'source',
  'note',
] as const;
const ZONES: readonly string[] = ['metropole', 'outre-mer'];

/** Why a row cannot be used, or null: a region code that is not one of the 18, a region name that
 *  is not its code's, a zone that is not the region's, a place that says where it is with no
 *  source, or a « lieu non vérifié » that says where it is all the same. */
function rowProblem(
  name: string,
  [city, region, code, zone, source]: readonly string[],
): string | null {
  if (source === '') return `no source for ${name}`;
  if (source === UNVERIFIED) {
    return city || region || code || zone ? `${name} is not verified but has a place` : null;
  }
  if (!ZONES.includes(zone ?? '')) return `unknown zone "${zone}" for ${name}`;
  if (code === '') return region === '' && city !== '' ? null : `no region nor city for ${name}`;
  const known = regionOf(code ?? '');
  if (!known) return `unknown region "${code}" for ${name}`;
  if (known.name !== region) return `region "${region}" is not ${code}'s for ${name}`;
  if (known.zone !== zone) return `zone "${zone}" is not ${known.name}'s for ${name}`;
  return source === FROM_NAME || /^https:\/\/\S+$/.test(source ?? '')
    ? null
    : `source "${source}" is neither "${FROM_NAME}" nor an address for ${name}`;
}

/**
 * Reads lieux.csv (`ecole,id,ville,region,code_region,zone,source,note`, header first). A row with
 * no id, an id already seen, or a place that does not hold together (see `rowProblem`) is left out
 * and reported with its line; a missing column is reported once. Never throws.
 */
export function parsePlaces(csv: string): PlaceTable {
  const byId = new Map<string, Place>();
  const problems: string[] = [];
  const [header, ...rows] = readRows(csv, ',');
  if (!header) return { byId, problems };
  const at = COLUMNS.map((c) => header.cells.findIndex((h) => h.trim() === c));
  const missing = COLUMNS.filter((_, i) => at[i] === -1);
  if (missing.length > 0) {
    problems.push(`line ${header.line}: missing column(s) ${missing.join(', ')}`);
    return { byId, problems };
  }
  for (const { cells, line } of rows) {
    const [
      name = '',
      id = '',
      city = '',
      region = '',
      code = '',
      zone = '',
      source = '',
      note = '',
    ] = at.map((i) => cells[i]?.trim() ?? '');
    const problem =
      id === ''
        ? `no id for ${name}`
        : byId.has(id)
          ? `${id} is listed twice`
          : rowProblem(name, [city, region, code, zone, source]);
    if (problem !== null) problems.push(`line ${line}: ${problem}`);
    else
      byId.set(id, {
        city,
        region: code,
        regionName: region,
        zone: zone as Zone | '',
        source,
        note,
      });
  }
  return { byId, problems };
}

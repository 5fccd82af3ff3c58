// Schools + each school's place → the schools of each region, in the order the regions are listed
// and the schools given, and those in no single region (pure): the map's text alternative, its
// dots, and the region filter's counts read this.
import { REGIONS, type Place, type Region } from '../data/regions';

/** A region and its schools (in the order given). */
export interface RegionGroup<S> {
  region: Region;
  schools: S[];
}

/** What `byRegion` gives: the regions that have schools, and the schools in none. */
export interface RegionGroups<S> {
  groups: RegionGroup<S>[];
  /** « lieu non vérifié », several regions, or no place known at all. */
  elsewhere: S[];
}

/** The schools of each region (regions in INSEE code order, empty ones left out), and the rest. */
export function byRegion<S>(
  schools: readonly S[],
  place: (s: S) => Pick<Place, 'region'> | undefined,
): RegionGroups<S> {
  const of = new Map<string, S[]>();
  const elsewhere: S[] = [];
  for (const s of schools) {
    const code = place(s)?.region ?? '';
    const list = code === '' ? undefined : (of.get(code) ?? of.set(code, []).get(code));
    (list ?? elsewhere).push(s);
  }
  const groups = REGIONS.flatMap((region) => {
    const list = of.get(region.code);
    return list ? [{ region, schools: list }] : [];
  });
  return { groups, elsewhere };
}

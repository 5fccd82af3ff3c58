// English words: where the schools are (the map, its table, the region filter, a school's place in
// its profile).
import type { PlacesMessages } from '../messages';

export const places: PlacesMessages = {
  places: {
    heading: 'Where the schools are',
    intro:
      'One dot per school shown, grouped in its region (the city is not placed), from data/lieux.csv: the school’s name where it states the place, else a public page it cites.',
    alt: (onMap: string, shown: string, n: number, regions: string) =>
      `Map of the regions of metropolitan France: ${onMap} of the ${shown} schools shown, as dots ${n === 1 ? 'in one region' : `in ${regions} regions`}.`,
    keys: 'Map of the schools: arrow keys move from school to school, Enter picks it, S adds it to or removes it from my shortlist, Escape leaves.',
    howTo:
      'Click a dot to pick the school and show it under the map, with its star; click a region to tick it in the region filter, or untick it.',
    offMap: (n: number, count: string) =>
      n === 1
        ? `${count} school shown is not on the map: place not verified, or in several regions.`
        : `${count} schools shown are not on the map: place not verified, or in several regions.`,
    table: 'Schools by region',
    region: 'Region',
    schools: 'Schools',
    count: 'Number',
    noRegion: 'Place not verified, or several regions',
    inRegions: (names: string[]) =>
      `${names.length === 1 ? 'region' : 'regions'}: ${names.join(', ')}`,
    filter: 'Regions',
    excluded: (count: string) =>
      `With a region chosen, the ${count} schools whose place is not verified or spans several regions are left out.`,
    ownTable: 'Your table does not say where the schools are: no map and no region filter for it.',
    place: 'Place',
    unverified: 'place not verified',
    fromName: 'from the school’s name',
    source: (host: string) => `source: ${host}`,
    picked: 'picked',
    legendDot: 'A school, in its region',
    legendRegion: 'Region chosen in the filter',
  },
};

import { describe, expect, it } from 'vitest';
import { describeFilter } from '../../src/lib/export/filter-words';
import { emptyFilter, type Filter } from '../../src/lib/analysis/filter';
import { formatFor } from '../../src/lib/i18n/catalogues';
import { CATALOGUES } from '../i18n/shipped';
import { nb } from '../i18n/spaces';

const labels: Record<string, { fr: string; en: string }> = {
  mines: { fr: 'Mines', en: 'Mines' },
  agro: { fr: 'Agronomie et alimentation', en: 'Agronomy and food' },
};
const schools: Record<string, string> = { 'centrale-lyon': 'Centrale Lyon' };

const words = (lang: 'fr' | 'en', filter: Partial<Filter>): string =>
  describeFilter({ ...emptyFilter, ...filter }, CATALOGUES[lang], formatFor(lang), {
    family: (id) => labels[id]?.[lang] ?? id,
    school: (id) => schools[id],
    region: (code) => ({ '53': 'Bretagne', '94': 'Corse' })[code] ?? code,
  });

// Expected words written with `~` and `^` for the no-break spaces (see tests/i18n/spaces.ts).
describe('describeFilter', () => {
  it.each([
    [{}, 'Toutes les écoles', 'All schools'],
    [{ query: '  ' }, 'Toutes les écoles', 'All schools'],
    [{ query: ' st etienne ' }, 'Filtre~: recherche «^st etienne^»', 'Filter: search “st etienne”'],
    [{ range: [3, 5.5] as const }, 'Filtre~: de 3~à 5,5~mois', 'Filter: 3 to 5.5~months'],
    [{ range: [3, Infinity] as const }, 'Filtre~: au moins 3~mois', 'Filter: at least 3~months'],
    [{ range: [-Infinity, 1] as const }, 'Filtre~: au plus 1~mois', 'Filter: at most 1~month'],
    [{ range: [-Infinity, Infinity] as const }, 'Toutes les écoles', 'All schools'],
    [{ families: ['mines'] }, 'Filtre~: famille Mines', 'Filter: family: Mines'],
    [
      { families: ['mines', 'agro'] },
      'Filtre~: familles Mines, Agronomie et alimentation',
      'Filter: families: Mines, Agronomy and food',
    ],
    [
      { tiedWith: 'centrale-lyon' },
      'Filtre~: ex æquo avec Centrale Lyon',
      'Filter: tied with Centrale Lyon',
    ],
    [{ tiedWith: 'nobody' }, 'Toutes les écoles', 'All schools'],
    [{ regions: ['53'] }, 'Filtre~: région Bretagne', 'Filter: region: Bretagne'],
    [
      { families: ['mines'], regions: ['53', '94'] },
      'Filtre~: famille Mines^; régions Bretagne, Corse',
      'Filter: family: Mines; regions: Bretagne, Corse',
    ],
    [
      { query: 'e', range: [3, 5] as const, families: ['mines'], tiedWith: 'centrale-lyon' },
      'Filtre~: recherche «^e^»^; de 3~à 5~mois^; famille Mines^; ex æquo avec Centrale Lyon',
      'Filter: search “e”; 3 to 5~months; family: Mines; tied with Centrale Lyon',
    ],
  ])('describeFilter(%j) in French and English', (filter, fr, en) => {
    expect(words('fr', filter)).toBe(nb(fr));
    expect(words('en', filter)).toBe(nb(en));
  });
});

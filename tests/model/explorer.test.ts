// The explorer model: a table and a view → what every view shows; load() replaces the table and
// every stage follows. Expectations come from the seed read by the test itself (tests/analysis/seed.ts),
// not from the pipeline under test.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { createExplorer } from '../../src/lib/model/explorer.svelte';
import { readInput } from '../../src/lib/model/read';
import { parseTable } from '../../src/lib/data/parse';
import { seedSchools } from '../analysis/seed';
import { explorerOf } from '../explorer';
import { nb } from '../i18n/spaces';

const seed = seedSchools();
const explorer = (search = '') =>
  explorerOf({ search, href: 'https://example.org/ecoles/?q=x#top' });

describe('Explorer', () => {
  it('reads the 144 schools of the seed, in the order printed, with the whole distribution', () => {
    const m = explorer();
    expect(m.all).toHaveLength(seed.length);
    expect(seed).toHaveLength(144);
    expect(m.all.map((s) => s.name)).toEqual(seed.map((s) => s.name));
    expect(m.schools).toEqual(m.all);
    expect(m.whole?.count).toBe(144);
    expect(m.maxMonths).toBe(Math.max(...seed.map((s) => s.months)));
    expect(m.source).toBe('data/classement-ecoles-ingenieurs-international.txt');
  });

  it('gives the whole distribution while the filter keeps every school', () => {
    const m = explorer();
    expect(m.distribution).toEqual(m.whole);
    m.view.setRange([11, Infinity]);
    flushSync();
    expect(m.distribution?.count).toBe(seed.filter((s) => s.months >= 11).length);
    m.view.setRange(null);
    flushSync();
    expect(m.distribution).toEqual(m.whole);
    expect(m.distribution?.count).toBe(144);
  });

  it('restores the view from the query string, keeping only what the table names', () => {
    const m = explorer('?min=11&pick=cpe-lyon,nowhere,utc-compiegne&lang=en');
    expect(m.view.range).toEqual([11, Infinity]);
    expect(m.view.picks).toEqual(['cpe-lyon', 'utc-compiegne']);
    expect(m.picked.map((s) => s.name)).toEqual(['CPE Lyon', 'UTC Compiègne']);
    expect(m.view.lang).toBe('en');
  });

  it('filters every stage with the view: schools, distribution, ids shown, the subtitle', () => {
    const m = explorer();
    m.view.setRange([11, Infinity]);
    flushSync();
    const expected = seed.filter((s) => s.months >= 11).map((s) => s.name);
    expect(m.schools.map((s) => s.name)).toEqual(expected);
    expect(m.distribution?.count).toBe(expected.length);
    // By the explorer's own ids (the seed helper's are its lines).
    expect(m.all.filter((s) => m.visibleIds.has(s.id)).map((s) => s.name)).toEqual(expected);
    expect(m.subtitle).toMatch(new RegExp(`${expected.length}\\ssur 144\\sécoles`));
    m.view.setRange([0, Infinity]);
    flushSync();
    expect(m.all.every((s) => m.visibleIds.has(s.id))).toBe(true);
  });

  it('says in words the filters the panel holds, not the search nor the tie, in both languages', () => {
    const m = explorer('?q=mines&min=11&fam=mines,centrale&tie=cpe-lyon');
    // The families in the order the link gives them, as the table's own families name them.
    expect(m.panelWords).toBe(nb('au moins 11~mois^; familles Mines, Centrale'));
    m.view.setRange([3, 5.5]);
    m.view.toggleFamily('centrale');
    flushSync();
    expect(m.panelWords).toBe(nb('de 3~à 5,5~mois^; famille Mines'));
    m.view.setLang('en');
    flushSync();
    expect(m.panelWords).toBe(nb('3 to 5.5~months; family: Mines'));
    m.view.setRange(null);
    m.view.toggleFamily('mines');
    flushSync();
    expect(m.panelWords).toBe('');
  });

  it('offers close names and the corrected search only when the search finds nothing', async () => {
    const m = explorer();
    m.view.search('mines sant etienne');
    flushSync();
    expect(m.schools).toEqual([]);
    // The matching loads on this first search that finds nothing: none until then.
    expect(m.closeMatches).toEqual([]);
    await m.loadFuzzy();
    flushSync();
    expect(m.closeMatches.map((c) => c.item.name)).toEqual(['Mines Saint-Etienne']);
    expect(m.meant).toBe('mines saint etienne');
    m.view.search('st etienne');
    flushSync();
    // The exact search as before: every seed name with "Saint-Etienne", in rank order.
    expect(m.schools.map((s) => s.name)).toEqual(
      seed.filter((s) => s.name.includes('Saint-Etienne')).map((s) => s.name),
    );
    expect(m.closeMatches).toEqual([]);
    expect(m.meant).toBeNull();
  });

  it('looks for close names only among the schools the rest of the filter keeps', async () => {
    const m = explorer();
    await m.loadFuzzy();
    m.view.search('centrale lyion');
    flushSync();
    expect(m.meant).toBe('centrale lyon');
    m.view.setRange([7, Infinity]);
    flushSync();
    // Centrale Lyon has 6 months: out of the range, so no name comes close to both words. Of the
    // 31 schools kept, 3 have a word starting « centrale » (Centrale Paris, SUPELEC as
    // CentraleSupélec, Centrale Nantes) and 2 « lyon » (CPE, INSA): the rarer word is kept.
    expect(seed.find((s) => s.name === 'Centrale Lyon')?.months).toBe(6);
    expect(m.closeMatches.map((c) => c.item.name)).toEqual(['CPE Lyon', 'INSA Lyon']);
    expect(m.closeMatches.every((c) => c.partial)).toBe(true);
    expect(m.meant).toBe('lyon');
  });

  it('offers the names close to some of the words when none comes close to all', async () => {
    const m = explorer();
    await m.loadFuzzy();
    m.view.search('polytecnique');
    flushSync();
    expect(m.closeMatches.map((c) => [c.item.name, c.partial])).toEqual([
      ['Ecole polytechnique', undefined],
      ['Institut polytechnique Lasalle Beauvais', undefined],
    ]);
    m.view.search('chimie paris');
    flushSync();
    expect(m.schools).toEqual([]);
    expect(m.closeMatches.map((c) => c.item.name)).toEqual([
      'ENSCP Chimie Bordeaux',
      'ENSCL Chimie Lille',
      'ENSCR Chimie Rennes',
      'ENSCC Chimie Clermont-Ferrand',
    ]);
    expect(m.closeMatches.every((c) => c.partial)).toBe(true);
    expect(m.meant).toBe('chimie');
    m.view.search('xyzzy qwxz');
    flushSync();
    expect(m.closeMatches).toEqual([]);
    expect(m.meant).toBeNull();
  });

  it('finds a school by id through a Map, and the months of the hovered school only when shown', () => {
    const m = explorer();
    expect(m.school('cpe-lyon')?.months).toBe(12);
    expect(m.school('nowhere')).toBeUndefined();
    expect(m.school(null)).toBeUndefined();
    m.view.hover('cpe-lyon');
    expect(m.hoveredMonths).toBe(12);
    m.view.setRange([0, 5]);
    expect(m.hoveredMonths).toBeNull();
  });

  it('names the tie shown, the open profile, and the family of each school', () => {
    const m = explorer('?tie=utc-compiegne&school=enst-paris');
    expect(m.tiedName).toBe('UTC Compiègne');
    expect(m.schools.map((s) => s.name)).toEqual(
      seed.filter((s) => s.months === 12).map((s) => s.name),
    );
    expect(m.profileSchool?.name).toBe('ENST Paris');
    const profile = m.profileSchool;
    expect(profile && m.currentName(profile)?.current).toBe('Télécom Paris');
    expect(m.familyOptions.length).toBeGreaterThan(1);
    const options = m.familyOptions.reduce((n, o) => n + o.count, 0);
    expect(options).toBeLessThanOrEqual(144);
  });

  it('links to the view in the whole app from the page address, without the embed', () => {
    const m = explorer('?embed=ranking&embedId=a&min=3');
    expect(m.fullLink).toBe('https://example.org/ecoles/?min=3');
  });

  it('load() reads a text and replaces the table: every stage follows, and picks of schools gone are dropped', async () => {
    const m = explorer('?pick=cpe-lyon,utc-compiegne&q=lyon');
    expect(m.schools.map((s) => s.name)).toEqual(
      seed.filter((s) => /lyon/i.test(s.name)).map((s) => s.name),
    );
    const text = 'Rang;École;Mois\n1;CPE Lyon;7\n2;Zeta Lyon;6,5\n3;Eta;2';
    const dataset = await m.load(text, 'mon-fichier.csv');
    flushSync();
    expect(dataset.ranking.schools).toHaveLength(3);
    expect(m.source).toBe('mon-fichier.csv');
    expect(m.text).toBe(text);
    expect(m.all.map((s) => [s.name, s.months, s.rank])).toEqual([
      ['CPE Lyon', 7, 1],
      ['Zeta Lyon', 6.5, 2],
      ['Eta', 2, 3],
    ]);
    expect(m.schools.map((s) => s.name)).toEqual(['CPE Lyon', 'Zeta Lyon']);
    expect(m.view.picks).toEqual(['cpe-lyon']);
    expect(m.picked.map((s) => s.months)).toEqual([7]);
    expect(m.maxMonths).toBe(7);
    expect(m.whole?.count).toBe(3);
  });

  it('a table with no school leaves no distribution, and says why', async () => {
    const m = explorer();
    await m.load('', 'vide.txt');
    expect(m.all).toEqual([]);
    expect(m.whole).toBeNull();
    expect(m.distribution).toBeNull();
    expect(m.dataset.problems.map((p) => p.kind)).toEqual(['empty']);
  });
});

describe('Explorer, a table given parsed and what loads on first need', () => {
  const text = 'Rang;École;Mois\n1;A;3\n1;B;3\n3;ENST Paris;2';

  it('show() takes a parsed table; its text is empty until loadText() has run the loader, once', async () => {
    const m = explorer();
    let calls = 0;
    const loader = () => {
      calls += 1;
      return Promise.resolve(text);
    };
    m.show({ parsed: parseTable(text), text: loader, source: 'a.csv' });
    expect(m.all.map((s) => [s.name, s.rank])).toEqual([
      ['A', 1],
      ['B', 1],
      ['ENST Paris', 3],
    ]);
    expect(m.source).toBe('a.csv');
    expect(m.text).toBe('');
    expect(calls).toBe(0);
    await expect(m.loadText()).resolves.toBe(text);
    expect(m.text).toBe(text);
    await expect(m.loadText()).resolves.toBe(text);
    expect(calls).toBe(1);
  });

  it('a text that arrives after another table came is not given to that table', async () => {
    const m = explorer();
    let arrive: (t: string) => void = () => undefined;
    const late = new Promise<string>((resolve) => (arrive = resolve));
    m.show({ parsed: parseTable(text), text: () => late, source: 'a.csv' });
    const loading = m.loadText();
    m.show({ parsed: parseTable('X;1'), text: 'X;1', source: 'b.csv' });
    arrive(text);
    await expect(loading).resolves.toBe(text);
    expect(m.text).toBe('X;1');
  });

  it('facts and their sources answer once loadProfiles() has read the file, read once', async () => {
    let calls = 0;
    const profiles = {
      sources: { 'a.txt': { fr: 'Source A', en: 'Source A (en)' } },
      schools: [{ ecole: 'enst paris', own: null, facts: [] }],
    };
    const m = createExplorer({
      ...readInput({ text }),
      profiles: () => {
        calls += 1;
        return Promise.resolve(profiles);
      },
    });
    const enst = m.all[2];
    if (!enst) throw new Error('no third school');
    expect(m.facts(enst)).toBeUndefined();
    expect(m.profileSources).toEqual({});
    expect(calls).toBe(0);
    await m.loadProfiles();
    await m.loadProfiles();
    expect(calls).toBe(1);
    expect(m.facts(enst)).toEqual({ ecole: 'enst paris', own: null, facts: [] });
    expect(m.profileSources).toEqual({ 'a.txt': { fr: 'Source A', en: 'Source A (en)' } });
  });

  it('a failed load of the profiles is tried again at the next call', async () => {
    let calls = 0;
    const m = createExplorer({
      ...readInput({ text }),
      profiles: () => {
        calls += 1;
        return calls === 1
          ? Promise.reject(new Error('offline'))
          : Promise.resolve({ schools: [] });
      },
    });
    await expect(m.loadProfiles()).rejects.toThrow('offline');
    await m.loadProfiles();
    expect(calls).toBe(2);
    expect(m.profileSources).toEqual({});
  });
});

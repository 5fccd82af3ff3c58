import { describe, expect, it } from 'vitest';
import { fr } from '../../src/lib/i18n/fr';
import { en } from '../../src/lib/i18n/en';
import { formatFor, i18nFor, messagesFor } from '../../src/lib/i18n/catalogues';
import {
  isDuration,
  isPublishedMeasure,
  measured,
  PUBLISHED_TABLE,
  type TableWords,
} from '../../src/lib/i18n/measured';
import { mergeWords } from '../../src/lib/i18n/speak';
import { PUBLISHED_MEASURE, type Measure } from '../../src/lib/load/types';
import { nb } from './spaces';

const rate: Measure = { label: 'Taux de mobilité', unit: 'percent', direction: 'higher' };
const table = (measure: Measure, own = false, name = 'mobilite.csv'): TableWords => ({
  measure,
  own,
  name,
});
const ffr = formatFor('fr');
const fen = formatFor('en');

/** Every string of a catalogue node, by dotted path. */
function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
}

describe('measured', () => {
  it('gives the catalogue itself for the published ranking: its words unchanged', () => {
    expect(measured(fr, PUBLISHED_TABLE)).toBe(fr);
    expect(measured(en, table({ label: '', unit: 'months', direction: 'higher' }))).toBe(en);
    expect(isPublishedMeasure(PUBLISHED_MEASURE)).toBe(true);
    expect(isPublishedMeasure({ ...PUBLISHED_MEASURE, direction: 'lower' })).toBe(false);
  });

  it('names the value by its label, with its unit on axes, in French', () => {
    const t = measured(fr, table(rate));
    expect(t.table.months).toBe('Taux de mobilité');
    expect(t.filters.range).toBe('Taux de mobilité');
    expect(t.profile.months).toBe('Taux de mobilité');
    expect(t.embed.card.months).toBe('Taux de mobilité');
    expect(t.ranking.axis).toBe('Taux de mobilité (%)');
    expect(t.histogram.axisX).toBe('Taux de mobilité (%)');
    expect(t.download.columns.months).toBe('Taux de mobilité');
    expect(t.download.legend.band).toBe(
      nb('Bande grisée~: écoles ex æquo (même valeur, même rang)'),
    );
    expect(t.subtitle(12345, ffr)).toBe(
      nb('«^Taux de mobilité (%)^»~: 12^345~écoles classées, la valeur la plus haute en tête.'),
    );
    // What does not name the value is the catalogue's, the title too (not the reader's table).
    expect(t.title).toBe(fr.title);
    expect(t.table.rank).toBe('Rang');
    expect(t.download.columns.rank).toBe('Rang');
    expect(t.histogram.axisY).toBe(fr.histogram.axisY);
    // Made once per catalogue and table.
    expect(measured(fr, table({ ...rate }))).toBe(t);
  });

  it('names the value in English', () => {
    const t = measured(en, table({ ...rate, label: 'Mobility rate' }));
    expect(t.table.months).toBe('Mobility rate');
    expect(t.ranking.axis).toBe('Mobility rate (%)');
    expect(t.subtitle(12345, fen)).toBe(
      '“Mobility rate (%)”: 12,345 schools ranked, highest value first.',
    );
    expect(t.table.orders.months).toEqual({ asc: 'lowest first', desc: 'highest first' });
  });

  it('leaves the unit out of an axis title whose label says it', () => {
    expect(measured(fr, table({ ...rate, label: 'Taux (%)' })).ranking.axis).toBe('Taux (%)');
    const count = { label: 'Élèves partis', unit: 'count', direction: 'higher' } as const;
    expect(measured(fr, table(count)).ranking.axis).toBe('Élèves partis');
  });

  it('takes the unit’s own name when the header gives none', () => {
    const blank = (unit: Measure['unit']) =>
      measured(fr, table({ label: '  ', unit, direction: 'higher' })).table.months;
    expect(['weeks', 'percent', 'count', 'other'].map((u) => blank(u as Measure['unit']))).toEqual([
      'Durée en semaines',
      'Pourcentage',
      'Nombre',
      'Valeur',
    ]);
    expect(measured(en, table({ label: '', unit: 'count', direction: 'lower' })).table.months).toBe(
      'Number',
    );
  });

  it('says "less" where the lower values rank first', () => {
    const weeks: Measure = { label: '', unit: 'weeks', direction: 'lower' };
    const t = measured(fr, table(weeks));
    const f = formatFor('fr', 'weeks');
    expect(t.compare.more('A', f.value(2), 'B', '1er', '3e')).toBe(
      nb('A devance B~: 2~semaines de moins (1er contre 3e).'),
    );
    expect(t.subtitle(1, f)).toBe(
      nb('«^Durée en semaines^»~: 1~école classée, la valeur la plus basse en tête.'),
    );
    const e = measured(en, table(weeks));
    expect(e.compare.more('A', formatFor('en', 'weeks').value(2), 'B', '1st', '3rd')).toBe(
      'A ranks above B: 2\u00a0weeks less (1st against 3rd).',
    );
  });

  it('says the table is the reader’s own: title, source, file names, embeds', () => {
    const t = measured(fr, table(PUBLISHED_MEASURE, true));
    expect(t.title).toBe(nb('Votre tableau~: mobilite.csv'));
    expect(t.source).toBe(
      nb('Source~: votre fichier «^mobilite.csv^», lu dans ce navigateur^; rien n’a été envoyé.'),
    );
    expect(t.subtitle(144, ffr)).toBe(
      nb('«^Mois à l’étranger^»~: 144~écoles classées, la valeur la plus haute en tête.'),
    );
    expect(t.download.files.base).toBe('votre-tableau');
    expect(t.embed.frameTitle('Tableau')).toBe(nb('Tableau (votre tableau~: mobilite.csv)'));
    // Months, more first: the value's words stay the catalogue's.
    expect(t.table.months).toBe('Mois à l’étranger');
    expect(t.ranking.axis).toBe(fr.ranking.axis);
    const e = measured(en, table(rate, true, '<b>x</b>.csv'));
    expect(e.title).toBe('Your table: <b>x</b>.csv');
    expect(e.source).toBe(
      'Source: your file “<b>x</b>.csv”, read in this browser; nothing was sent anywhere.',
    );
  });

  it('sets the French spaces of every string it writes', () => {
    for (const m of [
      rate,
      { label: 'Durée : stage', unit: 'weeks', direction: 'lower' } as const,
    ]) {
      const t = measured(fr, table(m, true));
      const written = strings(t).filter(([path, text]) => {
        const base = path
          .split('.')
          .reduce<unknown>((n, k) => (n as Record<string, unknown>)?.[k], fr);
        return base !== text && !path.startsWith('download.columns');
      });
      expect(written.length).toBeGreaterThan(10);
      expect(written.filter(([, text]) => / [:;!?»]|« /.test(text))).toEqual([]);
    }
  });

  it('follows the table an I18n reads, with the value’s format', () => {
    let shown: TableWords = PUBLISHED_TABLE;
    const i18n = i18nFor(
      () => 'fr',
      () => shown,
    );
    expect(i18n.f.value(45)).toBe(nb('45~mois'));
    expect(i18n.t).toBe(messagesFor('fr'));
    expect(i18n.own).toBe(false);
    shown = table(rate, true);
    expect(i18n.f.value(45)).toBe(nb('45~%'));
    expect(i18n.t.table.months).toBe('Taux de mobilité');
    expect(i18n.measure).toEqual(rate);
    expect(i18n.own).toBe(true);
  });
});

describe('mergeWords', () => {
  it('puts leaves over the base, merging objects key by key, changing neither', () => {
    const base = { a: { b: 1, c: 2 }, d: 'x', f: () => 'base' };
    const over = { a: { c: 3 }, f: () => 'over' };
    const out = mergeWords(base, over);
    expect(out.a).toEqual({ b: 1, c: 3 });
    expect(out.d).toBe('x');
    expect(out.f()).toBe('over');
    expect(base.a.c).toBe(2);
  });
});

describe('isDuration', () => {
  it.each([
    ['months', true],
    ['weeks', true],
    ['percent', false],
    ['count', false],
    ['other', false],
  ] as const)('%s: %s', (unit, duration) => {
    expect(isDuration({ label: '', unit, direction: 'higher' })).toBe(duration);
  });
});

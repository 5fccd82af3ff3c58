import { describe, expect, it } from 'vitest';
import { Identities } from '../../src/lib/data/identity';

/** Ids and first lines for names on lines 1, 2, 3… */
function identify(names: string[]): [string, number | undefined][] {
  const identities = new Identities();
  return names.map((name, i) => {
    const { id, firstLine } = identities.add(name, i + 1);
    return [id, firstLine];
  });
}

describe('Identities.add', () => {
  it('Identities.add(distinct names) gives their slugs and no first line', () => {
    expect(identify(['CPE Lyon', 'ENSEA', 'Mines Alès'])).toEqual([
      ['cpe-lyon', undefined],
      ['ensea', undefined],
      ['mines-ales', undefined],
    ]);
  });

  it('Identities.add(the same school three times) gives slug, slug-2, slug-3 and line 1', () => {
    expect(identify(['École A', 'B', 'Ecole a', 'ECOLE  A'])).toEqual([
      ['ecole-a', undefined],
      ['b', undefined],
      ['ecole-a-2', 1],
      ['ecole-a-3', 1],
    ]);
  });

  it('Identities.add skips a suffix already taken by a school of that name', () => {
    expect(identify(['School', 'School 2', 'School', 'School 2'])).toEqual([
      ['school', undefined],
      ['school-2', undefined],
      ['school-3', 1],
      ['school-2-2', 2],
    ]);
  });

  it('Identities.add(names whose slug is "school") tells them apart by their folded form', () => {
    expect(identify(['東京', '大阪', '東京', 'School'])).toEqual([
      ['school', undefined],
      ['school-2', undefined],
      ['school-3', 1],
      ['school-4', undefined],
    ]);
  });

  it('Identities.add(names sharing a slug, not a folded form) reports no duplicate', () => {
    expect(identify(['x ж', 'x', 'x д', 'x ж'])).toEqual([
      ['x', undefined],
      ['x-2', undefined],
      ['x-3', undefined],
      ['x-4', 1],
    ]);
  });

  it('Identities.add keeps 5,000 names apart while its table grows, and finds a repeat after', () => {
    const identities = new Identities();
    const ids = Array.from({ length: 5000 }, (_, i) => identities.add(`École ${i}`, i + 1).id);
    expect(new Set(ids).size).toBe(5000);
    expect(ids[4999]).toBe('ecole-4999');
    expect(identities.add('ECOLE 17', 5001)).toEqual({ id: 'ecole-17-2', firstLine: 18 });
  });

  it('Identities sized for 10 schools still takes 3,000', () => {
    const identities = new Identities(10);
    const ids = Array.from({ length: 3000 }, (_, i) => identities.add(`s ${i % 1500}`, i + 1));
    expect(new Set(ids.map((r) => r.id)).size).toBe(3000);
    expect(ids[1500]).toEqual({ id: 's-0-2', firstLine: 1 });
  });
});

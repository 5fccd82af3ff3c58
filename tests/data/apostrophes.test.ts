import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apostropheParts } from '../../src/lib/data/apostrophes';

describe('apostropheParts: where a name may break after an apostrophe', () => {
  it('cuts after each straight or typographic apostrophe, and nowhere else', () => {
    expect(apostropheParts("Polytech'Clermont-Ferrand")).toEqual(["Polytech'", 'Clermont-Ferrand']);
    expect(apostropheParts('Ecole d’ingénieurs du Val d’Oise')).toEqual([
      'Ecole d’',
      'ingénieurs du Val d’',
      'Oise',
    ]);
    expect(apostropheParts("L''")).toEqual(["L'", "'"]);
    expect(apostropheParts("Polytech'")).toEqual(["Polytech'"]);
    expect(apostropheParts('ENPC (Ecole des ponts et chaussées)')).toEqual([
      'ENPC (Ecole des ponts et chaussées)',
    ]);
    expect(apostropheParts('')).toEqual(['']);
  });

  it('gives back the name joined, each piece but the last ending at its only apostrophe', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'é', ' ', '-', "'", '’') }), (name) => {
        const parts = apostropheParts(name);
        expect(parts.join('')).toBe(name);
        // Pieces: one more than the apostrophes not at the end.
        const inside = [...name.slice(0, -1)].filter((c) => c === "'" || c === '’').length;
        expect(parts).toHaveLength(inside + 1);
        for (const part of parts.slice(0, -1)) expect(part).toMatch(/^[^'’]*['’]$/u);
      }),
    );
  });
});

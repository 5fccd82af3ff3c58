import { readFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dotRadius,
  hexPoint,
  mapDots,
  mapFrame,
  mapLayout,
  nearestMapDot,
  regionFeatures,
} from '../../src/lib/charts/map-layout';
import { mapKey } from '../../src/lib/charts/map-keys';
import { byRegion } from '../../src/lib/analysis/regions';

const outline = regionFeatures(JSON.parse(readFileSync('data/regions-metropole.json', 'utf8')));
const round = ([x, y]: [number, number]) => [Math.round(x * 100) / 100, Math.round(y * 100) / 100];

describe('regionFeatures(data/regions-metropole.json)', () => {
  // d3-geo reads a polygon wound the other way as the rest of the sphere (an area near 4π).
  it('winds every region as d3-geo reads it: each under a thousandth of the sphere’s area', () => {
    for (const f of outline.features) expect(geoArea(f), String(f.id)).toBeLessThan(0.0025 * 4);
    expect(geoArea(outline.features.find((f) => f.id === '11') ?? outline)).toBeLessThan(0.001);
  });

  it('holds the 13 metropolitan regions by INSEE code, with their names', () => {
    expect(outline.features.map((f) => f.id).sort()).toEqual(
      ['11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94'].sort(),
    );
    expect(outline.features.find((f) => f.id === '53')?.properties.name).toBe('Bretagne');
  });
});

describe('hexPoint', () => {
  // Axial (q, r) → (step·(q + r/2), step·r·√3/2); ring 1 starts at (−1, 1).
  it.each([
    [0, [0, 0]],
    [1, [-5, 8.66]],
    [2, [5, 8.66]],
    [3, [10, 0]],
    [4, [5, -8.66]],
    [5, [-5, -8.66]],
    [6, [-10, 0]],
    [7, [-10, 17.32]],
  ])('hexPoint(%i, 10) is %j', (i, expected) => {
    expect(round(hexPoint(i, 10))).toEqual(expected);
  });

  it('puts no two of the first 200 points closer than the step (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 199 }), fc.integer({ min: 0, max: 199 }), (a, b) => {
        fc.pre(a !== b);
        const [p, q] = [hexPoint(a, 7), hexPoint(b, 7)];
        expect(Math.hypot(p[0] - q[0], p[1] - q[1])).toBeGreaterThan(7 - 1e-9);
      }),
    );
  });
});

describe('mapLayout', () => {
  const schools = [
    { id: 'a', region: '53', city: 'Rennes' },
    { id: 'b', region: '53', city: 'Brest' },
    { id: 'c', region: '53', city: 'Rennes' },
    { id: 'd', region: '', city: '' },
    { id: 'e', region: '01', city: 'Pointe-à-Pitre' },
  ];
  const layout = mapLayout(outline, schools, 320);

  it('a filter places the dots on the regions worked out once for the width, unchanged', () => {
    const frame = mapFrame(outline, 320);
    const all = mapDots(frame, schools);
    const some = mapDots(frame, schools.slice(1, 2));
    expect(all.regions).toBe(frame.regions);
    expect(some.regions).toBe(frame.regions);
    expect(some.dots.map((d) => d.id)).toEqual(['b']);
    expect(all).toEqual(layout);
  });

  it('gives back the dots of the last layout that stay where they were, the same objects', () => {
    const frame = mapFrame(outline, 320);
    const first = mapDots(frame, schools);
    // Without b, Rennes' two schools (a, c) keep the first places of Brittany; e has no region.
    const second = mapDots(
      frame,
      [schools[0], schools[2]].flatMap((s) => (s ? [s] : [])),
      first,
    );
    const [a, c] = second.dots;
    expect(a).toBe(first.dots.find((d) => d.id === 'a'));
    expect(c).toBe(first.dots.find((d) => d.id === 'c'));
    // b back first: a, b, c as the first time, but b's place is new, so b is a new object that
    // equals the first one; and another frame (width) reuses nothing.
    const third = mapDots(frame, schools, second);
    expect(third.dots).toEqual(first.dots);
    expect(third.dots[0]).toBe(a);
    const wider = mapDots(mapFrame(outline, 640), schools, third);
    expect(wider.dots.some((d, i) => d === third.dots[i])).toBe(false);
  });

  // Metropolitan France with Corsica spans about 14° of longitude and 9.5° of latitude, a degree
  // of longitude some 0.7 of one of latitude there: about as tall as wide once projected.
  it('fits France to the width, about as tall as wide', () => {
    expect(layout.width).toBe(320);
    expect(layout.height).toBeGreaterThan(280);
    expect(layout.height).toBeLessThan(330);
    for (const m of layout.regions) {
      expect(m.cx).toBeGreaterThan(0);
      expect(m.cx).toBeLessThan(320);
      expect(m.d.startsWith('M')).toBe(true);
    }
  });

  it('draws a dot per school of a metropolitan region only, each region’s centre where it is', () => {
    expect(layout.dots.map((d) => d.id)).toEqual(['a', 'c', 'b']);
    const at = (code: string) => layout.regions.find((m) => m.code === code) ?? { cx: 0, cy: 0 };
    // Brittany west of Grand Est; Hauts-de-France north of Occitanie; Corsica furthest east.
    expect(at('53').cx).toBeLessThan(at('44').cx);
    expect(at('32').cy).toBeLessThan(at('76').cy);
    expect(Math.max(...layout.regions.map((m) => m.cx))).toBe(at('94').cx);
  });

  it('packs a region’s dots around its centre, a city’s schools first next to each other', () => {
    const centre = layout.regions.find((m) => m.code === '53');
    const [a, c, b] = layout.dots;
    expect([a?.x, a?.y]).toEqual([centre?.cx, centre?.cy]);
    expect(Math.hypot((c?.x ?? 0) - (a?.x ?? 0), (c?.y ?? 0) - (a?.y ?? 0))).toBeCloseTo(
      layout.step,
    );
    expect(b).toBeDefined();
    expect(layout.r).toBe(2.5);
    expect(layout.step).toBe(6);
  });

  it('dotRadius is 2.5 at 320 px, 4 at 640, 4.5 from 720', () => {
    expect([dotRadius(320), dotRadius(640), dotRadius(720), dotRadius(1280)]).toEqual([
      2.5, 4, 4.5, 4.5,
    ]);
  });

  it('nearestMapDot finds the dot within reach, or none', () => {
    const [a] = layout.dots;
    expect(nearestMapDot(layout.dots, (a?.x ?? 0) + 1, a?.y ?? 0, 3)).toBe(0);
    expect(nearestMapDot(layout.dots, 0, 0, 3)).toBeNull();
  });
});

describe('mapKey', () => {
  it.each([
    ['ArrowRight', null, 5, { do: 'move', to: 0 }],
    ['ArrowRight', 1, 5, { do: 'move', to: 2 }],
    ['ArrowDown', 4, 5, { do: 'move', to: 4 }],
    ['ArrowLeft', 0, 5, { do: 'move', to: 0 }],
    ['ArrowUp', 3, 5, { do: 'move', to: 2 }],
    ['Home', 3, 5, { do: 'move', to: 0 }],
    ['End', null, 5, { do: 'move', to: 4 }],
    ['Enter', 2, 5, { do: 'pick' }],
    [' ', null, 5, null],
    ['Escape', 2, 5, { do: 'release' }],
    ['Escape', null, 5, null],
    ['ArrowRight', null, 0, null],
    ['a', 1, 5, null],
  ] as const)('mapKey(%j, %j, %i) is %j', (key, at, count, expected) => {
    expect(mapKey(key, at, count)).toEqual(expected);
  });
});

describe('byRegion', () => {
  it('groups in INSEE code order, schools in the order given, the rest apart', () => {
    const place = (s: string) => ({ a: { region: '84' }, b: { region: '11' }, c: undefined })[s];
    const { groups, elsewhere } = byRegion(['a', 'b', 'c', 'a2'], (s) =>
      s === 'a2' ? { region: '84' } : place(s as 'a'),
    );
    expect(groups.map((g) => [g.region.code, g.schools])).toEqual([
      ['11', ['b']],
      ['84', ['a', 'a2']],
    ]);
    expect(elsewhere).toEqual(['c']);
  });
});

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
  type MapFrame,
} from '../../src/lib/charts/map-layout';
import {
  OUTLINE_WIDTH,
  projectOutline,
  readOutline,
  regionFeatures,
} from '../../src/lib/charts/map-outline';
import { mapKey } from '../../src/lib/charts/map-keys';
import { byRegion } from '../../src/lib/analysis/regions';

const topojson = readFileSync('data/regions-metropole.json', 'utf8');
const features = regionFeatures(JSON.parse(topojson));
// What the build gives the page (`?parsed=outline`): the regions projected at 720 px.
const projected = readOutline(topojson);
const round = ([x, y]: [number, number]) => [Math.round(x * 100) / 100, Math.round(y * 100) / 100];

describe('regionFeatures(data/regions-metropole.json)', () => {
  // d3-geo reads a polygon wound the other way as the rest of the sphere (an area near 4π).
  it('winds every region as d3-geo reads it: each under a thousandth of the sphere’s area', () => {
    for (const f of features.features) expect(geoArea(f), String(f.id)).toBeLessThan(0.0025 * 4);
    expect(geoArea(features.features.find((f) => f.id === '11') ?? features)).toBeLessThan(0.001);
  });

  it('holds the 13 metropolitan regions by INSEE code, with their names', () => {
    expect(features.features.map((f) => f.id).sort()).toEqual(
      ['11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94'].sort(),
    );
    expect(features.features.find((f) => f.id === '53')?.properties.name).toBe('Bretagne');
  });
});

describe('projectOutline (the build) and mapFrame (the page)', () => {
  /** A path's bounding box [x0, y0, x1, y1]: its numbers are x, y, x, y… (M x,y L x,y … Z). */
  const box = (d: string): number[] => {
    const n = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    const xs = n.filter((_, i) => i % 2 === 0);
    const ys = n.filter((_, i) => i % 2 === 1);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  };

  it('the build projects the 13 regions once, 720 px wide, each path’s points to a tenth of a pixel', () => {
    expect(OUTLINE_WIDTH).toBe(720);
    expect(projected.width).toBe(720);
    expect(projected.regions).toHaveLength(13);
    for (const r of projected.regions) {
      expect(r.d).toMatch(/^M[-\d.,MLZ]+Z$/);
      expect(r.d).not.toMatch(/\.\d\d/);
    }
    // France about as tall as wide; within the padding (8 px) on every side.
    expect(projected.span).toBeGreaterThan(600);
    expect(projected.span).toBeLessThan(720);
    const all = projected.regions.map((r) => box(r.d));
    expect(Math.min(...all.map((b) => b[0] ?? 0))).toBeCloseTo(8, 0);
    expect(Math.max(...all.map((b) => b[2] ?? 0))).toBeCloseTo(712, 0);
    expect(Math.min(...all.map((b) => b[1] ?? 0))).toBeCloseTo(8, 0);
  });

  it.each([120, 320, 343, 500, 640])(
    'at %i px puts the regions where projecting at that width does, to a fifth of a pixel',
    (width) => {
      const scaled: MapFrame = mapFrame(projected, width);
      const direct = projectOutline(features, width);
      expect(scaled.width).toBe(width);
      // The height is the span and the padding, rounded up.
      expect(scaled.height - (direct.span + 16)).toBeGreaterThan(-1e-6);
      expect(scaled.height - (direct.span + 16)).toBeLessThan(1);
      expect(scaled.regions.map((r) => r.code)).toEqual(direct.regions.map((r) => r.code));
      scaled.regions.forEach((r, i) => {
        const d = direct.regions[i];
        if (!d) throw new Error(`no region ${i}`);
        expect(r.name).toBe(d.name);
        expect(Math.abs(r.cx - d.cx), r.code).toBeLessThan(0.05);
        expect(Math.abs(r.cy - d.cy), r.code).toBeLessThan(0.05);
        box(r.d).forEach((v, k) =>
          expect(Math.abs(v - (box(d.d)[k] ?? 0)), r.code).toBeLessThan(0.2),
        );
      });
    },
  );

  it('keeps every point of every region inside the frame less its padding, at any width (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 120, max: 720, noNaN: true }), (width) => {
        const frame = mapFrame(projected, width);
        for (const r of frame.regions) {
          const [x0, y0, x1, y1] = box(r.d);
          expect(x0).toBeGreaterThanOrEqual(8 - 0.1);
          expect(y0).toBeGreaterThanOrEqual(8 - 0.1);
          expect(x1).toBeLessThanOrEqual(width - 8 + 0.1);
          expect(y1).toBeLessThanOrEqual(frame.height - 8 + 0.1);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('draws the outline as projected at its own width, and no wider; no narrower than 120 px', () => {
    const same = mapFrame(projected, 720);
    expect(same.regions.map((r) => r.d)).toEqual(projected.regions.map((r) => r.d));
    expect(same.height).toBe(Math.ceil(projected.span + 16));
    expect(mapFrame(projected, 1280)).toEqual(same);
    expect(mapFrame(projected, 40)).toEqual(mapFrame(projected, 120));
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
  const layout = mapLayout(projected, schools, 320);

  it('a filter places the dots on the regions worked out once for the width, unchanged', () => {
    const frame = mapFrame(projected, 320);
    const all = mapDots(frame, schools);
    const some = mapDots(frame, schools.slice(1, 2));
    expect(all.regions).toBe(frame.regions);
    expect(some.regions).toBe(frame.regions);
    expect(some.dots.map((d) => d.id)).toEqual(['b']);
    expect(all).toEqual(layout);
  });

  it('gives back the dots of the last layout that stay where they were, the same objects', () => {
    const frame = mapFrame(projected, 320);
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
    const wider = mapDots(mapFrame(projected, 640), schools, third);
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

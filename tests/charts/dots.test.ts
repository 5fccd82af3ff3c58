import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  brushRange,
  circleCommands,
  circlesPath,
  dotPaths,
  dotSize,
  dotStacks,
  nearestDot,
  stepDot,
} from '../../src/lib/charts/dots';

describe('dotStacks', () => {
  it('dotStacks of 6, 6, 5, 6 stacks the sixes 0, 1, 2 and the five at 0', () => {
    const { dots, tallest } = dotStacks([6, 6, 5, 6], (v) => v);
    expect(dots.map((d) => [d.value, d.level])).toEqual([
      [6, 0],
      [6, 1],
      [5, 0],
      [6, 2],
    ]);
    expect(tallest).toBe(3);
  });

  it('dotStacks([]) has no dot and height 0', () => {
    expect(dotStacks([], (v: number) => v)).toEqual({ dots: [], tallest: 0 });
  });

  it('dotStacks of NaN, NaN, 1, NaN, 0, -0 stacks the NaNs 0, 1, 2 and -0 on 0', () => {
    const { dots, tallest } = dotStacks([NaN, NaN, 1, NaN, 0, -0], (v) => v);
    expect(dots.map((d) => d.level)).toEqual([0, 1, 0, 2, 0, 1]);
    expect(tallest).toBe(3);
  });

  it('gives each item the count of earlier items of its value, runs or not (property)', () => {
    const value = fc.oneof(fc.constantFrom(0, -0, 1, 2.5, NaN), fc.integer({ min: 0, max: 4 }));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), (values) => {
        const { dots, tallest } = dotStacks(values, (v) => v);
        // Worked out apart: each item's level is how many items before it share its value
        // (SameValueZero, as a Map's keys: NaN equals NaN, -0 equals 0).
        const levels = values.map(
          (v, i) => values.slice(0, i).filter((w) => Object.is(w + 0, v + 0)).length,
        );
        expect(dots.map((d) => d.level)).toEqual(levels);
        expect(dots.map((d) => d.item)).toEqual(values);
        expect(tallest).toBe(levels.length === 0 ? 0 : Math.max(...levels) + 1);
      }),
    );
  });
});

describe('brushRange', () => {
  const invert = (px: number): number => px / 10; // 10 px per month
  it.each([
    [30, 50, [3, 5]],
    [50, 30, [3, 5]],
    [31, 49, [3.1, 4.9]],
    [-20, 500, [0, 13]],
    [33.3, 33.3, [3.3, 3.4]],
  ])('brushRange(%d, %d) gives %j', (a, b, expected) => {
    expect(brushRange(a, b, invert, [0, 13])).toEqual(expected);
  });
  it('ignores floating-point noise from the scale: 2.9999999999999996 to 5.000000000000001 is 3 to 5', () => {
    const noisy = (px: number): number => (px === 30 ? 2.9999999999999996 : 5.000000000000001);
    expect(brushRange(30, 50, noisy, [0, 13])).toEqual([3, 5]);
  });
});

describe('nearestDot', () => {
  const points = [
    { x: 10, y: 10 },
    { x: 20, y: 10 },
    { x: 20, y: 30 },
  ];
  it.each([
    [11, 10, 0],
    [19, 12, 1],
    [20, 27, 2],
    [60, 60, null],
  ])('nearestDot(points, %d, %d) gives %s', (px, py, expected) => {
    expect(nearestDot(points, px, py)).toBe(expected);
  });

  it('nearestDot([], …) gives null', () => {
    expect(nearestDot([], 0, 0)).toBeNull();
  });
});

describe('dotSize', () => {
  it.each([
    [0, { step: 5, r: 2.3 }],
    [32, { step: 5, r: 2.3 }],
    [40, { step: 5, r: 2.3 }],
    [80, { step: 2.5, r: 1.15 }],
    [100, { step: 2, r: 1 }],
    [200, { step: 1, r: 1 }],
  ])(
    'dotSize(%d) gives %j (the stacks fit in 200 px; the radius never under 1)',
    (tallest, size) => {
      const got = dotSize(tallest);
      expect(got.step).toBeCloseTo(size.step, 12);
      expect(got.r).toBeCloseTo(size.r, 12);
    },
  );

  it('dotSize(106), the tallest stack of 10,000 generated schools, steps 200/106 px with 1 px dots', () => {
    expect(dotSize(106)).toEqual({ step: 200 / 106, r: 1 });
  });

  it('dotSize(20, 50) fits 20 dots in 50 px: a step of 2.5', () => {
    expect(dotSize(20, 50)).toEqual({ step: 2.5, r: 1.15 });
  });
});

describe('circlesPath', () => {
  it('circlesPath([(10, 20)], 2) is a move to the left end and two half-circle arcs', () => {
    expect(circlesPath([{ x: 10, y: 20 }], 2)).toBe('M8,20a2,2 0 1,0 4,0a2,2 0 1,0 -4,0');
  });

  it('rounds positions to tenths and the radius and diameter to hundredths', () => {
    const points = [
      { x: 10.06, y: 20.04 },
      { x: 3.333, y: 7.777 },
    ];
    expect(circlesPath(points, 1.234)).toBe(
      'M8.8,20a1.23,1.23 0 1,0 2.47,0a1.23,1.23 0 1,0 -2.47,0' +
        'M2.1,7.8a1.23,1.23 0 1,0 2.47,0a1.23,1.23 0 1,0 -2.47,0',
    );
  });

  it('circlesPath([], 2) is the empty string', () => {
    expect(circlesPath([], 2)).toBe('');
  });

  it('draws one circle per point, each centred within rounding of its point', () => {
    const point = fc.record({
      x: fc.double({ min: 0, max: 2000, noNaN: true }),
      y: fc.double({ min: 0, max: 2000, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 20 }),
        fc.double({ min: 0.5, max: 5, noNaN: true }),
        (pts, r) => {
          const path = circlesPath(pts, r);
          const re = /M(-?[\d.]+),(-?[\d.]+)a([\d.]+),\3 0 1,0 ([\d.]+),0a\3,\3 0 1,0 -\4,0/gy;
          const centres = [...path.matchAll(re)].map((m) => ({
            x: Number(m[1]) + Number(m[3]),
            y: Number(m[2]),
            r: Number(m[3]),
          }));
          // The pattern is sticky: every character of the path belongs to one circle.
          expect(centres).toHaveLength(pts.length);
          expect(path.replace(re, '')).toBe('');
          centres.forEach((c, i) => {
            expect(Math.abs(c.x - (pts[i]?.x ?? NaN))).toBeLessThanOrEqual(0.056);
            expect(Math.abs(c.y - (pts[i]?.y ?? NaN))).toBeLessThanOrEqual(0.05 + 1e-9);
            expect(Math.abs(c.r - r)).toBeLessThanOrEqual(0.005 + 1e-9);
          });
        },
      ),
    );
  });
});

describe('circleCommands', () => {
  it('circleCommands gives one circle per point, in order', () => {
    expect(
      circleCommands(
        [
          { x: 10, y: 20 },
          { x: 20, y: 15 },
        ],
        2,
      ),
    ).toEqual(['M8,20a2,2 0 1,0 4,0a2,2 0 1,0 -4,0', 'M18,15a2,2 0 1,0 4,0a2,2 0 1,0 -4,0']);
  });
});

describe('dotPaths', () => {
  const commands = ['M8,20a', 'M18,20a', 'M18,15a'];
  it('dotPaths splits the dots: 0 and 2 inside, 1 outside', () => {
    expect(dotPaths(commands, (i) => i !== 1)).toEqual({
      inside: 'M8,20aM18,15a',
      outside: 'M18,20a',
    });
  });
  it('every dot inside leaves the outside path empty, and the other way round', () => {
    expect(dotPaths(commands, () => true)).toEqual({ inside: 'M8,20aM18,20aM18,15a', outside: '' });
    expect(dotPaths(commands, () => false)).toEqual({
      inside: '',
      outside: 'M8,20aM18,20aM18,15a',
    });
    expect(dotPaths([], () => true)).toEqual({ inside: '', outside: '' });
  });
});

describe('stepDot', () => {
  // Out of order on purpose: a 1-month dot, a stack of three at 2 months, one at 3 months.
  const dots = [
    { value: 2, level: 1 }, // 0
    { value: 3, level: 0 }, // 1
    { value: 2, level: 0 }, // 2
    { value: 1, level: 0 }, // 3
    { value: 2, level: 2 }, // 4
  ];
  const all = () => true;

  it.each([
    ['ArrowRight', null, 3],
    ['ArrowUp', null, 3],
    ['End', null, 1],
    ['ArrowRight', 0, 1],
    ['ArrowLeft', 0, 3],
    ['ArrowUp', 0, 4],
    ['ArrowDown', 0, 2],
    ['ArrowUp', 4, 4],
    ['ArrowDown', 2, 2],
    ['ArrowRight', 1, 1],
    ['ArrowLeft', 3, 3],
    ['ArrowLeft', 1, 2],
    ['Home', 4, 3],
    ['End', 3, 1],
  ])('%s from %s goes to dot %s', (key, current, expected) => {
    expect(stepDot(key, current, dots, all)).toBe(expected);
  });

  it('skips the dots outside the filter, and starts again from the first when the current is out', () => {
    const shown = (i: number) => i !== 0;
    expect(stepDot('ArrowUp', 2, dots, shown)).toBe(4);
    expect(stepDot('ArrowDown', 4, dots, shown)).toBe(2);
    expect(stepDot('ArrowRight', 0, dots, shown)).toBe(3);
  });

  it('other keys and an empty plot give undefined', () => {
    expect(stepDot('Enter', 0, dots, all)).toBeUndefined();
    expect(stepDot('a', null, dots, all)).toBeUndefined();
    expect(stepDot('ArrowRight', null, dots, () => false)).toBeUndefined();
    expect(stepDot('Home', null, [], all)).toBeUndefined();
  });

  it('always lands on a dot shown, and every dot shown can be reached from the first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 30 }),
        fc.func(fc.boolean()),
        (values, hide) => {
          const stacked = dotStacks(values, (v) => v).dots;
          const shown = (i: number) => !hide(i);
          const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];
          const reached = new Set<number>();
          let todo = [stepDot('Home', null, stacked, shown)];
          while (todo.length > 0) {
            const next: (number | undefined)[] = [];
            for (const at of todo) {
              if (at === undefined || reached.has(at)) continue;
              expect(shown(at)).toBe(true);
              reached.add(at);
              for (const key of keys) next.push(stepDot(key, at, stacked, shown));
            }
            todo = next;
          }
          expect(reached.size).toBe(stacked.filter((_, i) => shown(i)).length);
        },
      ),
    );
  });
});

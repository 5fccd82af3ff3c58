// linearScale and niceDomain against d3-scale's scaleLinear, the computation they copy: the same
// positions, inverse, ticks and nice domain, bit for bit, for any finite domain and range.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { linearScale, niceDomain } from '../../src/lib/charts/linear';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const pair = fc.tuple(finite, finite);
// Extents a chart meets (sixteenths of a unit up to a million): d3-array's ticks itself throws on
// spans near the smallest double, for scaleLinear as for linearScale.
const extent = fc.integer({ min: -16e6, max: 16e6 }).map((n) => n / 16);

describe('linearScale', () => {
  it('linearScale([0, 13], [0, 260]) puts 6.5 months at 130 px and 130 px back at 6.5', () => {
    const x = linearScale([0, 13], [0, 260]);
    expect(x(6.5)).toBe(130);
    expect(x.invert(130)).toBe(6.5);
    expect(x(0)).toBe(0);
    expect(x(13)).toBe(260);
  });

  it('runs past the range outside the domain (no clamp)', () => {
    const x = linearScale([0, 8], [100, 200]);
    expect(x(-2)).toBe(75);
    expect(x(10)).toBe(225);
  });

  it('an empty domain maps every value to the middle of the range', () => {
    expect(linearScale([3, 3], [0, 100])(7)).toBe(50);
  });

  it('gives copies of its domain and range', () => {
    const x = linearScale([0, 4], [10, 20]);
    x.domain()[0] = 99;
    x.range()[1] = 99;
    expect(x.domain()).toEqual([0, 4]);
    expect(x.range()).toEqual([10, 20]);
  });

  it('ticks(4) over [0, 40] are 0, 10, 20, 30, 40', () => {
    expect(linearScale([0, 40], [200, 0]).ticks(4)).toEqual([0, 10, 20, 30, 40]);
  });

  it('gives what scaleLinear gives, value for value, forward and back', () => {
    fc.assert(
      fc.property(pair, pair, finite, (domain, range, v) => {
        const ours = linearScale(domain, range);
        const d3 = scaleLinear().domain(domain).range(range);
        expect(ours(v)).toBe(d3(v));
        expect(ours.invert(v)).toBe(d3.invert(v));
      }),
    );
  });

  it('gives the ticks scaleLinear gives, for any count', () => {
    fc.assert(
      fc.property(fc.tuple(extent, extent), fc.integer({ min: 1, max: 20 }), (domain, count) => {
        expect(linearScale(domain, [0, 1]).ticks(count)).toEqual(
          scaleLinear().domain(domain).ticks(count),
        );
      }),
    );
  });
});

describe('niceDomain', () => {
  it('niceDomain(0, 34, 4) is [0, 40]; niceDomain(0, 1, 4) stays [0, 1]', () => {
    expect(niceDomain(0, 34, 4)).toEqual([0, 40]);
    expect(niceDomain(0, 1, 4)).toEqual([0, 1]);
  });

  it('gives the domain scaleLinear().nice(4) gives, for counts from 0 (countScale)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (max) => {
        expect(niceDomain(0, max, 4)).toEqual(scaleLinear().domain([0, max]).nice(4).domain());
      }),
    );
  });
});

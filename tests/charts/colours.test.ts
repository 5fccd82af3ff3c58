import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PICK_COLOURS, pickColour } from '../../src/lib/charts/colours';

describe('pickColour', () => {
  it('pickColour(["a", "b"], id) gives "a" the first colour, "b" the second, "c" none', () => {
    expect(pickColour(['a', 'b'], 'a')).toBe('#D55E00');
    expect(pickColour(['a', 'b'], 'b')).toBe('#009E73');
    expect(pickColour(['a', 'b'], 'c')).toBeUndefined();
  });

  it('five picks get five different colours, in order', () => {
    const picks = ['a', 'b', 'c', 'd', 'e'];
    expect(picks.map((id) => pickColour(picks, id))).toEqual([
      '#D55E00',
      '#009E73',
      '#AA4499',
      '#A6761D',
      '#E7298A',
    ]);
    expect(new Set(PICK_COLOURS).size).toBe(5);
  });

  it('a sixth pick starts the colours over', () => {
    expect(pickColour(['a', 'b', 'c', 'd', 'e', 'f'], 'f')).toBe('#D55E00');
  });
});

// The colour arithmetic, written here apart from the app (which has none): sRGB → relative
// luminance and contrast ratio (WCAG 2.x), and → CIELAB (D65) for a distance (ΔE*ab, CIE 1976).
const channels = (hex: string): number[] =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
  const [r = 0, g = 0, b = 0] = channels(hex).map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const lab = (hex: string): [number, number, number] => {
  const [r = 0, g = 0, b = 0] = channels(hex).map(linear);
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
};
const distance = (a: string, b: string) => {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
};

/** The tokens of one rule of app.css (`:root {`, `:root[data-theme='dark'] {`). */
const css = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');
const tokens = (selector: string): Record<string, string> => {
  const start = css.indexOf(`${selector} {`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    Array.from(body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi), (m) => [m[1], m[2]]),
  );
};
const themes = { light: tokens(':root'), dark: tokens(":root[data-theme='dark']") };

describe('the pick colours against the default marks', () => {
  it('reads both themes from app.css (the default marks are --accent, on --bg)', () => {
    expect(themes.light['--accent']).toBe('#1f5fa8');
    expect(themes.light['--bg']).toBe('#ffffff');
    expect(themes.dark['--accent']).toBe('#6ea8fe');
    expect(themes.dark['--bg']).toBe('#111418');
  });

  it('the arithmetic: white on black is 21:1, a colour against itself 1:1 and 0 apart', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 10);
    expect(contrast('#D55E00', '#D55E00')).toBe(1);
    expect(distance('#D55E00', '#D55E00')).toBe(0);
    // Black and white: L* 0 and 100, no hue.
    expect(distance('#000000', '#ffffff')).toBeCloseTo(100, 3);
  });

  for (const [name, t] of Object.entries(themes)) {
    for (const colour of PICK_COLOURS) {
      it(`${colour} stands at least 3:1 against the ${name} background (WCAG 1.4.11)`, () => {
        expect(contrast(colour, t['--bg'] as string)).toBeGreaterThanOrEqual(3);
      });
      it(`${colour} is far from the ${name} theme's default mark colour (ΔE*ab ≥ 40)`, () => {
        // ΔE 2.3 is a just-noticeable difference; the old first pick (#0072B2) was 12 from the
        // light accent: a blue among blues.
        expect(distance(colour, t['--accent'] as string)).toBeGreaterThanOrEqual(40);
      });
    }
  }

  it('the old first pick was too near the default blue, which this test would have caught', () => {
    expect(distance('#0072B2', themes.light['--accent'] as string)).toBeLessThan(40);
  });

  it('each pick colour is clearly apart from the others (ΔE*ab ≥ 25)', () => {
    for (const a of PICK_COLOURS)
      for (const b of PICK_COLOURS) if (a !== b) expect(distance(a, b)).toBeGreaterThanOrEqual(25);
  });
});

describe('the CTI reference lines against the picks and the default marks', () => {
  // The lines and their labels are --ref (app.css); the third pick (#AA4499) was 25 from the light
  // theme's old purple (#6b3fa0) and 39 from the dark one's (#c9a7ee): a purple among purples.
  it('the old reference purples were too near the third pick, which this test would have caught', () => {
    expect(distance('#AA4499', '#6b3fa0')).toBeLessThan(40);
    expect(distance('#AA4499', '#c9a7ee')).toBeLessThan(40);
  });

  for (const [name, t] of Object.entries(themes)) {
    const ref = t['--ref'] as string;
    it(`the ${name} theme's --ref is read from app.css`, () => {
      expect(ref).toMatch(/^#[0-9a-f]{6}$/i);
    });
    for (const colour of PICK_COLOURS) {
      it(`--ref of the ${name} theme is far from the pick colour ${colour} (ΔE*ab ≥ 40)`, () => {
        expect(distance(ref, colour)).toBeGreaterThanOrEqual(40);
      });
    }
    it(`--ref of the ${name} theme is far from its default mark colour (ΔE*ab ≥ 40)`, () => {
      expect(distance(ref, t['--accent'] as string)).toBeGreaterThanOrEqual(40);
    });
    it(`--ref of the ${name} theme reads as text on its background (4.5:1, WCAG 1.4.3)`, () => {
      expect(contrast(ref, t['--bg'] as string)).toBeGreaterThanOrEqual(4.5);
    });
  }
});

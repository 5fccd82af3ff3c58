// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { inlineStyles, type StyleLookup } from '../../src/lib/export/inline';

/** A computed style made from a table of element id → properties (the rest: initial values). */
const styles: Record<string, Record<string, string>> = {
  root: { fill: 'rgb(0, 0, 0)', 'font-size': '11px', 'font-family': 'system-ui, "DejaVu Sans"' },
  g: { fill: 'rgb(0, 0, 0)', 'font-size': '11px', 'font-family': 'system-ui, "DejaVu Sans"' },
  dot: {
    fill: 'rgb(31, 95, 168)',
    'font-size': '11px',
    'font-family': 'system-ui, "DejaVu Sans"',
    opacity: '0.15',
  },
  label: {
    fill: 'rgb(87, 96, 106)',
    'font-size': '10.5px',
    'font-family': 'system-ui, "DejaVu Sans"',
  },
  hidden: {
    display: 'none',
    fill: 'rgb(0, 0, 0)',
    'font-size': '11px',
    'font-family': 'system-ui, "DejaVu Sans"',
  },
};
const lookup = (el: Element): StyleLookup => ({
  getPropertyValue: (p) =>
    styles[el.id]?.[p] ?? (p === 'opacity' ? '1' : p === 'display' ? 'inline' : ''),
});

describe('inlineStyles', () => {
  it('writes computed styles as attributes, a child only what differs, and drops class and style', () => {
    document.body.innerHTML = `<svg id="root" class="chart" xmlns="http://www.w3.org/2000/svg">
      <g id="g" class="rows"><circle id="dot" class="highlight" style="fill: var(--accent)"/>
      <text id="label" class="tie">=34</text><title>t</title></g><g id="hidden"/></svg>`;
    const source = document.getElementById('root') as Element;
    const clone = source.cloneNode(true) as Element;
    inlineStyles(source, clone, lookup);
    const attrs = (sel: string): Record<string, string> =>
      Object.fromEntries(
        Array.from((sel === 'svg' ? clone : clone.querySelector(sel))?.attributes ?? [], (a) => [
          a.name,
          a.value,
        ]),
      );
    expect(attrs('svg')).toEqual({
      id: 'root',
      xmlns: 'http://www.w3.org/2000/svg',
      fill: 'rgb(0, 0, 0)',
      'font-size': '11px',
      'font-family': 'system-ui, "DejaVu Sans"',
    });
    expect(attrs('#g')).toEqual({ id: 'g' });
    expect(attrs('#dot')).toEqual({ id: 'dot', fill: 'rgb(31, 95, 168)', opacity: '0.15' });
    expect(attrs('#label')).toEqual({
      id: 'label',
      fill: 'rgb(87, 96, 106)',
      'font-size': '10.5px',
    });
    expect(attrs('#hidden')).toEqual({ id: 'hidden', display: 'none' });
    expect(clone.outerHTML).not.toMatch(/class=|style=|var\(/);
    // The page's own SVG is left as it was.
    expect(source.querySelector('#dot')?.getAttribute('class')).toBe('highlight');
  });
});

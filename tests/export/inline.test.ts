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

  it('leaves out what shows nothing: a hidden row and its title go, a shown child keeps its parent, a row marked off goes', () => {
    const hidden = { visibility: 'hidden', fill: 'rgb(0, 0, 0)' };
    const own: Record<string, Record<string, string>> = {
      root: { visibility: 'visible', fill: 'rgb(0, 0, 0)' },
      off: hidden,
      offDot: hidden,
      mixed: hidden,
      shown: { visibility: 'visible', fill: 'rgb(0, 0, 0)' },
      on: { visibility: 'visible', fill: 'rgb(0, 0, 0)' },
      moved: { visibility: 'visible', fill: 'rgb(0, 0, 0)' },
    };
    const look = (el: Element): StyleLookup => ({
      getPropertyValue: (p) => own[el.id]?.[p] ?? (p === 'opacity' ? '1' : ''),
    });
    document.body.innerHTML = `<svg id="root" xmlns="http://www.w3.org/2000/svg"><g id="off" class="row off"><title>x</title><circle id="offDot"/></g><g id="mixed"><text id="shown">y</text></g><g id="on"><title>z</title></g><g id="moved" data-off=""><text>w</text></g></svg>`;
    const source = document.getElementById('root') as Element;
    const clone = source.cloneNode(true) as Element;
    expect(inlineStyles(source, clone, look)).toBe(true);
    expect(Array.from(clone.querySelectorAll('*'), (e) => e.id || e.localName)).toEqual([
      'mixed',
      'shown',
      'on',
      'title',
    ]);
    expect(clone.querySelector('#mixed')?.getAttribute('visibility')).toBe('hidden');
    expect(clone.querySelector('#shown')?.getAttribute('visibility')).toBe('visible');
  });
});

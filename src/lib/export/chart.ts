// A chart's <svg> on the page + what to write around it → a standalone SVG document: styles
// inlined, the page's colour tokens resolved (light or dark, as shown). Reads the DOM; pure otherwise.
import { inlineStyles } from './inline';
import { standaloneSvg, type Palette, type StandaloneParts } from './svg';

export type ChartText = Omit<StandaloneParts, 'width' | 'chart' | 'palette' | 'font'>;

/** The document, and its size in CSS pixels (the chart's width on screen). */
export function chartDocument(
  svg: SVGSVGElement,
  text: ChartText,
): { svg: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.round(Number(svg.getAttribute('width')) || box.width);
  // A chart may show only the top of its SVG (ChartFrame's `shown`): the download keeps that part.
  const height = Math.round(
    Number(svg.getAttribute('data-shown')) || Number(svg.getAttribute('height')) || box.height,
  );
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.removeAttribute('data-shown');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const markup = new XMLSerializer().serializeToString(clone);

  const computed = getComputedStyle(svg);
  const token = (name: string, fallback: string): string =>
    computed.getPropertyValue(`--${name}`).trim() || fallback;
  const palette: Palette = {
    bg: token('bg', '#ffffff'),
    text: token('text', '#1b1f24'),
    muted: token('muted', '#57606a'),
    accent: token('accent', '#1f5fa8'),
    band: token('band', '#eef2f7'),
    grid: token('grid', '#d8dee4'),
  };
  return standaloneSvg({
    ...text,
    width,
    chart: { markup, height },
    palette,
    font: computed.fontFamily,
  });
}

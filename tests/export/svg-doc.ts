// A standalone SVG's text → its document, and the texts drawn at its top level (title, subtitle,
// legend, note, source), for the export tests.
export const parse = (svg: string): Document =>
  new DOMParser().parseFromString(svg, 'image/svg+xml');
export const texts = (doc: Document): string[] =>
  Array.from(doc.documentElement.querySelectorAll(':scope > text'), (t) => t.textContent ?? '');

// What the download browser tests share: pressing a download button and reading the file, and
// reading a PNG back (size from its header, colours by drawing it in the page).
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export interface Downloaded {
  name: string;
  bytes: Buffer;
}

/** Presses `button` in the download group named `group`; the file the browser saved. */
export async function download(
  page: Page,
  group: string | RegExp,
  button: string,
): Promise<Downloaded> {
  const target = page.getByRole('group', { name: group }).getByRole('button', { name: button });
  // Scrolling to it draws what comes into view (content-visibility) a frame later, which can move
  // the button: let that happen before the click, as it does before a person's.
  await target.scrollIntoViewIfNeeded();
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  // A part built as it comes near (the map, once its outline is in) may still move the button
  // under the pointer: a click that started no download is made again, once.
  const press = () =>
    Promise.all([page.waitForEvent('download', { timeout: 15_000 }), target.click()]);
  const [file] = await press().catch(async () => {
    await target.scrollIntoViewIfNeeded();
    return press();
  });
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes the PNG in the page: how many distinct colours, and how many pixels of `rgb`. */
export async function pngPixels(
  page: Page,
  bytes: Buffer,
  rgb: readonly [number, number, number],
): Promise<{ colours: number; matching: number; corner: number[] }> {
  return page.evaluate(
    async ({ base64, rgb }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no canvas');
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set<number>();
      let matching = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
        colours.add((r << 16) | (g << 8) | b);
        if (r === rgb[0] && g === rgb[1] && b === rgb[2]) matching += 1;
      }
      return { colours: colours.size, matching, corner: Array.from(data.slice(0, 4)) };
    },
    { base64: bytes.toString('base64'), rgb },
  );
}

/** Parses an SVG document in the page: well-formed or not, its root's size, its texts. */
export async function svgInfo(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      namespace: root.namespaceURI,
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
      viewBox: root.getAttribute('viewBox'),
      title: root.querySelector(':scope > title')?.textContent ?? null,
      /** The text drawn around the chart, a line each. */
      lines: Array.from(root.querySelectorAll(':scope > text'), (t) => t.textContent ?? ''),
      /** The names drawn in the chart. */
      chartTexts: Array.from(root.querySelectorAll('g svg text'), (t) => t.textContent ?? ''),
    };
  }, text);
}

// When a part of the page below its charts is wanted (lib/island): once its place comes within
// AHEAD screens of the viewport's bottom and nothing hides it (a closed fold, a hidden list), or
// once the page has been given LATER_MS after its charts and the browser is idle (so that
// find-in-page and printing find every part without a scroll), or at once when the page is asked
// to build everything (`BUILD_EVENT`: printing, tests and benchmarks). Until then a part costs the
// reader neither its code nor a task: a page opened and read at its first screen builds nothing
// more than its first screen and its charts.

/** The event (on `window`) that asks for every part now: `dispatchEvent(new Event(BUILD_EVENT))`,
 *  heard once the page is ready and this module is in (lib/island/islands.ts loads it then). */
export const BUILD_EVENT = 'explorer:build';

/** How far below the viewport a part is built, in screens. */
export const AHEAD = 1.5;

/** How long after the charts are whole the parts nobody came near are built anyway, in ms. */
export const LATER_MS = 3000;

/** What the islands ask of the page before building a part after its charts. */
export interface Demand {
  /** Whether the part whose island is `element` is wanted now. */
  wanted(element: HTMLElement): boolean;
  /** Resolves at the next change that may make a part wanted (a scroll, a fold opened, time). */
  change(): Promise<void>;
}

/** Whether an ancestor keeps `element` from showing: `hidden`, or a closed fold (<details>). */
function hiddenIn(element: Element): boolean {
  for (let p = element.parentElement; p !== null; p = p.parentElement) {
    if (p.hidden || (p instanceof HTMLDetailsElement && !p.open)) return true;
  }
  return false;
}

/** The box of `element` or, as an island has none (display: contents), of its last child with one. */
function lastBox(element: Element): DOMRect | null {
  const box = element.getBoundingClientRect();
  if (box.width > 0 || box.height > 0) return box;
  for (let c = element.lastElementChild; c !== null; c = c.previousElementSibling) {
    const inner = lastBox(c);
    if (inner) return inner;
  }
  return null;
}

/**
 * Where a part not built yet would start, from the viewport's top: the bottom of what comes before
 * its island (an island without its part takes no room), or its parent's top.
 */
export function placeOf(element: Element): number {
  for (let p = element.previousElementSibling; p !== null; p = p.previousElementSibling) {
    const box = lastBox(p);
    if (box) return box.bottom;
  }
  return element.parentElement?.getBoundingClientRect().top ?? 0;
}

let everything = false;
let listening = false;
let waiting: (() => void)[] = [];
let framed = false;

function wake(): void {
  const now = waiting;
  waiting = [];
  for (const resolve of now) resolve();
}

/** One wake-up per frame, however many scroll events it had. */
function nextFrame(): void {
  if (framed) return;
  framed = true;
  requestAnimationFrame(() => {
    framed = false;
    wake();
  });
}

/** From now on every part is wanted. */
export function wantAll(): void {
  everything = true;
  wake();
}

function listen(): void {
  if (listening) return;
  listening = true;
  addEventListener('scroll', nextFrame, { passive: true });
  addEventListener('resize', nextFrame, { passive: true });
  // A fold opened (toggle does not bubble: caught on its way down).
  document.addEventListener('toggle', nextFrame, true);
  setTimeout(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(wantAll, { timeout: 1000 });
    else wantAll();
  }, LATER_MS);
}

// Asked for everything (a test, printing): heard from the moment this module is in.
if (typeof window !== 'undefined') {
  addEventListener(BUILD_EVENT, wantAll);
  // Printing asks for every part too: a print in the first seconds may come before some are built.
  addEventListener('beforeprint', wantAll);
}

/** The page's demand: what its viewport, its folds and the time say. */
export const pageDemand: Demand = {
  wanted: (element) =>
    everything || (!hiddenIn(element) && placeOf(element) < innerHeight * (1 + AHEAD)),
  change: () => {
    listen();
    return new Promise((resolve) => waiting.push(resolve));
  },
};

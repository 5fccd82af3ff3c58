// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A box at `top` of `height` px, none when 0 (jsdom lays nothing out: the test says where). */
function place(el: Element, top: number, height: number): void {
  const width = height > 0 ? 100 : 0;
  el.getBoundingClientRect = () =>
    ({ top, bottom: top + height, height, width, left: 0, right: width }) as DOMRect;
}

/** The module afresh: its state (asked for everything, listening) is the page's, once per page. */
const load = async () => {
  vi.resetModules();
  return import('../../src/lib/island/wanted');
};

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('placeOf', () => {
  it('is the bottom of the last box before the island, through islands without one', async () => {
    const { placeOf } = await load();
    document.body.innerHTML =
      '<div class="views"><div data-island="ranking"><section id="a"></section><figure id="b"></figure></div>' +
      '<div data-island="map"></div><div data-island="table" id="t"></div></div>';
    const views = document.querySelector('.views') as HTMLElement;
    place(views, 100, 0);
    for (const island of document.querySelectorAll('[data-island]')) place(island, 0, 0);
    place(document.getElementById('a') as Element, 120, 300);
    place(document.getElementById('b') as Element, 420, 250);
    // The map's island is empty (no box): the table would start where the ranking's figure ends.
    expect(placeOf(document.getElementById('t') as Element)).toBe(670);
  });

  it('is the parent’s top for a first island', async () => {
    const { placeOf } = await load();
    document.body.innerHTML =
      '<details><summary>x</summary></details><div id="p"><div id="i"></div></div>';
    place(document.getElementById('p') as Element, 2400, 0);
    place(document.getElementById('i') as Element, 0, 0);
    // The summary is not before it in its parent: the parent's top counts.
    expect(placeOf(document.getElementById('i') as Element)).toBe(2400);
  });
});

describe('pageDemand', () => {
  it('wants a part within AHEAD screens below the viewport, not one further', async () => {
    const { pageDemand, AHEAD } = await load();
    document.body.innerHTML = '<div id="p"><div id="i"></div></div>';
    const limit = innerHeight * (1 + AHEAD);
    const i = document.getElementById('i') as HTMLElement;
    place(i, 0, 0);
    place(document.getElementById('p') as Element, limit - 1, 0);
    expect(pageDemand.wanted(i)).toBe(true);
    place(document.getElementById('p') as Element, limit + 1, 0);
    expect(pageDemand.wanted(i)).toBe(false);
    // Scrolled past: above the viewport is near too.
    place(document.getElementById('p') as Element, -5000, 0);
    expect(pageDemand.wanted(i)).toBe(true);
  });

  it('does not want a part in a closed fold or a hidden list until it shows', async () => {
    const { pageDemand } = await load();
    document.body.innerHTML =
      '<details id="d"><summary>Partager</summary><div id="s"></div></details>' +
      '<div id="v" hidden><div id="m"></div></div>';
    for (const el of document.querySelectorAll('div')) place(el, 0, 0);
    const [share, map] = ['s', 'm'].map((id) => document.getElementById(id) as HTMLElement);
    expect(pageDemand.wanted(share as HTMLElement)).toBe(false);
    expect(pageDemand.wanted(map as HTMLElement)).toBe(false);
    (document.getElementById('d') as HTMLDetailsElement).open = true;
    (document.getElementById('v') as HTMLElement).hidden = false;
    expect(pageDemand.wanted(share as HTMLElement)).toBe(true);
    expect(pageDemand.wanted(map as HTMLElement)).toBe(true);
  });

  it('wants every part once asked (BUILD_EVENT), and wakes who waits', async () => {
    const { pageDemand, BUILD_EVENT } = await load();
    document.body.innerHTML = '<details><summary>x</summary><div id="s"></div></details>';
    const share = document.getElementById('s') as HTMLElement;
    expect(pageDemand.wanted(share)).toBe(false);
    const woken = pageDemand.change();
    dispatchEvent(new Event(BUILD_EVENT));
    await expect(woken).resolves.toBeUndefined();
    expect(pageDemand.wanted(share)).toBe(true);
  });

  it('wants every part LATER_MS after it was first waited on, and not before', async () => {
    vi.useFakeTimers();
    const { pageDemand, LATER_MS } = await load();
    document.body.innerHTML = '<details><summary>x</summary><div id="s"></div></details>';
    const share = document.getElementById('s') as HTMLElement;
    let woken = false;
    void pageDemand.change().then(() => (woken = true));
    await vi.advanceTimersByTimeAsync(LATER_MS - 1);
    expect([woken, pageDemand.wanted(share)]).toEqual([false, false]);
    // jsdom has no requestIdleCallback: at once after the delay.
    await vi.advanceTimersByTimeAsync(1);
    expect([woken, pageDemand.wanted(share)]).toEqual([true, true]);
  });
});

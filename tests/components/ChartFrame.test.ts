// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { render } from '@testing-library/svelte';
import FrameHarness from './FrameHarness.svelte';

/** The frame's box as the browser would lay it out: `px` wide (jsdom lays nothing out: 0). */
const laidOut = (px: number) =>
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(px);

describe('ChartFrame while the page prints', () => {
  afterEach(() => vi.restoreAllMocks());

  it('draws for the A4 page (703 px), then takes its box’s width again', () => {
    const { component } = render(FrameHarness);
    window.dispatchEvent(new Event('beforeprint'));
    flushSync();
    expect(component.current()).toBe(703);
    laidOut(540);
    window.dispatchEvent(new Event('afterprint'));
    flushSync();
    expect(component.current()).toBe(540);
  });

  it('a frame not displayed after printing (0 px wide) keeps the width it had, not 0', () => {
    const { component } = render(FrameHarness);
    window.dispatchEvent(new Event('beforeprint'));
    flushSync();
    laidOut(0);
    window.dispatchEvent(new Event('afterprint'));
    flushSync();
    expect(component.current()).toBe(703);
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import DialogHarness from './DialogHarness.svelte';

/** A turn of the task queue (jsdom has no scheduler.yield: the dialog waits on a 0 ms timer). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('ProfileDialog', () => {
  it('is built closed, then opens with the focus on its heading in the next task', async () => {
    const opener = document.body.appendChild(document.createElement('button'));
    opener.focus();
    const { container, unmount } = render(DialogHarness);
    const dialog = container.querySelector('dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(opener);
    await nextTask();
    expect(dialog.open).toBe(true);
    expect(document.activeElement).toBe(dialog.querySelector('h2'));
    unmount();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  it('gone before its task: it never opens, and the focus stays where it was', async () => {
    const opener = document.body.appendChild(document.createElement('button'));
    opener.focus();
    const { container, unmount } = render(DialogHarness);
    const dialog = container.querySelector('dialog') as HTMLDialogElement;
    unmount();
    await nextTask();
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });
});

// In an iframe: the document's height → a message to the host page on every change, so that the
// host's embed.js can size the frame to its content.

export const HEIGHT_MESSAGE = 'ecoles-international:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** The embed's id from its URL (embedId=), so several embeds on one page stay apart. */
  id: string | null;
  /** Height of the document, in CSS pixels, rounded up. */
  height: number;
}

export function heightMessage(id: string | null, height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, id, height: Math.ceil(height) };
}

/**
 * Posts the height of `win`'s document to its parent now and whenever it changes; does nothing
 * outside a frame. Returns the function that stops it.
 *
 * The target origin is '*': the frame cannot know its host's origin for sure (the referrer may be
 * stripped), and the message says nothing secret, only a height and the id the host chose.
 */
export function reportHeight(
  win: Window,
  id: string | null,
  Observer: typeof ResizeObserver = ResizeObserver,
): () => void {
  if (win.parent === win) return () => {};
  const root = win.document.documentElement;
  let last = -1;
  const send = (): void => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    win.parent.postMessage(heightMessage(id, height), '*');
  };
  const observer = new Observer(send);
  observer.observe(root);
  send();
  return () => observer.disconnect();
}

// A view and the kind of embed → the HTML a host page pastes: an iframe, and the script that
// sizes it (pure).
import { linkTo, type EmbedKind, type ViewParams } from '../state/url';
import { withVersion } from './version';

/** HTML attribute value, double-quoted. */
const attr = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface EmbedCodeParts {
  /** The page's address (the app). */
  href: string;
  /** The view to show: its filter, picks, language and theme. */
  params: ViewParams;
  kind: EmbedKind;
  /** The embed's id on the host page, echoed in its height messages. */
  id: string;
  /** The iframe's title (read by screen readers). */
  title: string;
  /** The SHA-256 of the table shown, whose first digits the address carries as the data's version
   *  (`v=`, embed/version.ts); null while unknown. */
  sha256?: string | null;
}

/** The iframe's address: the view's parameters and the embed's. */
export function embedSrc(p: EmbedCodeParts): string {
  return withVersion(
    linkTo(p.href, { ...p.params, embed: p.kind, embedId: p.id }),
    p.sha256 ?? null,
  );
}

/** The address of embed.js, beside the app's index.html. */
export function embedScript(href: string): string {
  const base = href.split(/[?#]/)[0] ?? '';
  return `${base.slice(0, base.lastIndexOf('/') + 1)}embed.js`;
}

/** The snippet: an iframe marked `data-ecoles-embed`, allowed to write to the clipboard (its copy
 *  buttons: without it a cross-origin frame may not), and the script that sets its height. */
export function embedCode(p: EmbedCodeParts): string {
  return [
    `<iframe src="${attr(embedSrc(p))}" title="${attr(p.title)}" data-ecoles-embed height="600" style="width: 100%; border: 0" loading="lazy" allow="clipboard-write"></iframe>`,
    `<script src="${attr(embedScript(p.href))}" async></script>`,
  ].join('\n');
}

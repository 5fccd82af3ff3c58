// What a person points at, moment to moment, and never shares in a link: the school under the
// pointer or the focus in any view, the element to give the focus back to, and how the last change
// of language went (state/language.ts).
import type { Lang } from './schema';

export class Transient {
  /** The school under the pointer or the focus, anywhere; null for none. */
  hovered = $state<string | null>(null);
  /** Id of the link that opened the methodology, where focus returns when it closes. */
  opener: string | null = null;
  /** The language whose words could not be loaded the last time one was asked for; null for none. */
  langFailed = $state<Lang | null>(null);
  /** How many changes of language were asked for: only the latest applies once loaded. */
  langAsked = 0;
}

// What a person points at, moment to moment, and never shares in a link: the school under the
// pointer or the focus in any view, and the element to give the focus back to.
export class Transient {
  /** The school under the pointer or the focus, anywhere; null for none. */
  hovered = $state<string | null>(null);
  /** Id of the link that opened the methodology, where focus returns when it closes. */
  opener: string | null = null;
}

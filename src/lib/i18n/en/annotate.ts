// English words: an author's annotation (title=, note=, highlight=), set in the share panel.
import type { AnnotateMessages } from '../messages';

export const annotate: AnnotateMessages = {
  annotate: {
    heading: 'Annotate',
    intro:
      'Your headline, a note and highlighted schools: on the page, in embeds, in downloaded images and in the link above. Shown as text, as typed.',
    title: 'Your headline',
    titleHint: (max: number) =>
      `At most ${max} characters. It replaces the page’s title, which stays shown above it.`,
    note: 'Your note',
    noteHint: (max: number) => `At most ${max} characters, shown under the headline.`,
    count: (n: number, max: number) => `${n} of ${max} characters`,
    highlight: 'Highlighted schools',
    highlightHint: (max: number) => `At most ${max}: ringed and in bold in the ranking.`,
    add: 'Highlight a school',
    added: (name: string, n: number, max: number) => `${name} highlighted (${n} of ${max}).`,
    full: (max: number) =>
      `Already ${max} schools highlighted, the most: remove one to add another.`,
    remove: (name: string) => `Stop highlighting ${name}`,
    none: 'No school highlighted.',
    clear: 'Clear the annotation',
    preview: 'Preview',
    legend: 'Ringed, name in bold: highlighted by the author',
  },
};

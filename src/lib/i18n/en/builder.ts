// English words: the embed builder in the share panel (issue 15, part 5) and the comparison embed's
// small chart.
import type { BuilderMessages } from '../messages';

export const builder: BuilderMessages = {
  builder: {
    school: 'School on the card',
    schools: (max: number) => `Schools compared (at most ${max})`,
    remove: (name: string) => `Remove ${name} from the embed`,
    added: (name: string) => `${name} added to the embed.`,
    theme: 'Theme',
    themes: { auto: 'The reader’s', light: 'Light', dark: 'Dark' },
    filter: 'Bring the page’s filter along (search, months, families, regions, tie)',
    editable: 'Readers may change the schools',
    editableHint: 'Otherwise the embed is read-only: readers can neither remove nor add a school.',
    preview: 'Preview',
    width: 'Width of the host page',
    px: (px: number) => `${px}px`,
    full: 'Full width',
    annotated:
      'The title, note and highlighted schools set under “Annotate” above apply to the embed too.',
    previewTitle: (title: string) => `Preview: ${title}`,
  },
  compareChart: {
    alt: (axis: string, marks: string[]) => `Dots on the “${axis}” axis: ${marks.join('; ')}.`,
  },
};

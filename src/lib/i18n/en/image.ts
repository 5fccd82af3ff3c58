// English words: the ranking's image maker (sizes for an article, a social card, a square).
import type { ImageMessages } from '../messages';

export const image: ImageMessages = {
  image: {
    open: 'Make an image…',
    intro:
      'An image of the ranking sized for where it goes: an article’s column, a card for social networks or a square.',
    size: 'Size',
    sizes: {
      column: 'Article column (640 px wide, PNG at double)',
      social: 'Social card (1200 × 675 px)',
      square: 'Square (1080 × 1080 px)',
    },
    schools: 'Schools shown',
    top: 'The top of the ranking',
    shown: (n, shown) =>
      n === 0 ? 'Those the filter shows (none)' : `Those the filter shows (${shown})`,
    picked: (n, shown) =>
      n === 0 ? 'Those picked for comparison (none)' : `Those picked for comparison (${shown})`,
    count: 'How many',
    capped: (max) =>
      `This size holds at most ${max} legible schools: the others are counted under the list.`,
    nonePicked: 'No school picked for comparison: pick some in the chart or the table.',
    theme: 'The page’s colours (dark when it is)',
    subtitleTop: (count, total) =>
      total === '1'
        ? 'The ranking’s only school'
        : count === '1'
          ? `The top school of the ranking’s ${total} schools`
          : `The top ${count} of the ranking’s ${total} schools`,
    subtitlePicked: (n, count, total) =>
      n === 1 ? `1 school picked of ${total}` : `${count} schools picked of ${total}`,
    preview: (size) => `Preview of the image: ${size}`,
    download: 'Download the image',
    files: { column: 'column', social: 'social-card', square: 'square' },
  },
};

// English words: a table that is the reader's own, in the share panel, the embed code and the embed.
import type { OwnMessages } from '../own';

export const own: OwnMessages = {
  own: {
    linkLocal: (name: string) =>
      `This table is your own (${name}): it stays in your browser, nothing is sent. A link cannot carry a table read from a file: for anyone else, this link opens the published ranking.`,
    linkData: (name: string) =>
      `This table is your own, read from ${name}. The link keeps that address (data=): it opens the same file, as it is then, for whoever can reach it.`,
    embedLocal: (name: string) =>
      `This code embeds the published ranking: your table (${name}), read in your browser, is not in it.`,
    embedData: (name: string) =>
      `This code embeds the table read from ${name}, not the published ranking.`,
    embedSource: (name: string) =>
      `Source: a table supplied by the reader (${name}), not the published ranking.`,
  },
};

// French words: a table that is the reader's own, in the share panel, the embed code and the embed.
import type { OwnMessages } from '../own';

export const own: OwnMessages = {
  own: {
    linkLocal: (name: string) =>
      `Ce tableau est le vôtre (${name}) : il reste dans votre navigateur, rien n’est envoyé. Un lien ne peut pas emporter un tableau lu depuis un fichier : pour toute autre personne, ce lien ouvre le classement publié.`,
    linkData: (name: string) =>
      `Ce tableau est le vôtre, lu depuis ${name}. Le lien garde cette adresse (data=) : il ouvre le même fichier, tel qu’il sera alors, pour qui peut y accéder.`,
    embedLocal: (name: string) =>
      `Ce code intègre le classement publié : votre tableau (${name}), lu dans votre navigateur, n’y est pas.`,
    embedData: (name: string) =>
      `Ce code intègre le tableau lu depuis ${name}, et non le classement publié.`,
    embedSource: (name: string) =>
      `Source : un tableau fourni par le lecteur (${name}), et non le classement publié.`,
  },
};

// French words: a link made over another version of the data than the one the page shows.
import type { VersionMessages } from '../messages';

export const version: VersionMessages = {
  version: {
    note: (asked, shown) =>
      `Ce lien a été fait sur une autre version des données (version ${asked}) que celle que la page montre (version ${shown}) : les chiffres ont pu changer depuis. La vue demandée est ouverte sur les données montrées.`,
  },
};

// French words: the ranking's image maker (sizes for an article, a social card, a square).
import type { ImageMessages } from '../messages';

export const image: ImageMessages = {
  image: {
    open: 'Image…',
    intro:
      'Une image du classement à la taille de sa place : la colonne d’un article, une carte pour les réseaux sociaux ou un carré.',
    size: 'Taille',
    sizes: {
      column: 'Colonne d’article (640 px de large, PNG en double)',
      social: 'Carte sociale (1200 × 675 px)',
      square: 'Carré (1080 × 1080 px)',
    },
    schools: 'Écoles montrées',
    top: 'Les premières du classement',
    shown: (n, shown) =>
      n === 0
        ? 'Celles du filtre (aucune)'
        : n === 1
          ? 'Celle du filtre (1)'
          : `Celles du filtre (${shown})`,
    picked: (n, shown) =>
      n === 0
        ? 'Celles choisies pour la comparaison (aucune)'
        : n === 1
          ? 'Celle choisie pour la comparaison (1)'
          : `Celles choisies pour la comparaison (${shown})`,
    count: 'Combien',
    capped: (max) =>
      `Cette taille tient ${max} écoles lisibles au plus : les autres sont comptées sous la liste.`,
    nonePicked:
      'Aucune école choisie pour la comparaison : choisissez-en dans le graphique ou le tableau.',
    theme: 'Couleurs de la page (sombres si elle l’est)',
    subtitleTop: (count, total) =>
      total === '1'
        ? 'L’unique école du classement'
        : count === '1'
          ? `La première des ${total} écoles du classement`
          : `Les ${count} premières des ${total} écoles du classement`,
    subtitlePicked: (n, count, total) =>
      n === 1 ? `1 école choisie sur ${total}` : `${count} écoles choisies sur ${total}`,
    preview: (size) => `Aperçu de l’image : ${size}`,
    download: 'Télécharger l’image',
    files: { column: 'colonne', social: 'carte-sociale', square: 'carre' },
  },
};

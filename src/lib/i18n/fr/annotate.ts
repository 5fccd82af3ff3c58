// French words: an author's annotation (title=, note=, highlight=), set in the share panel.
import type { AnnotateMessages } from '../messages';

export const annotate: AnnotateMessages = {
  annotate: {
    heading: 'Annoter',
    intro:
      'Votre titre, une note et des écoles mises en avant : sur la page, dans les intégrations, dans les images téléchargées et dans le lien ci-dessus. Affichés comme du texte, tels quels.',
    title: 'Votre titre',
    titleHint: (max: number) =>
      `${max} caractères au plus. Il remplace le titre de la page, qui reste affiché au-dessus.`,
    note: 'Votre note',
    noteHint: (max: number) => `${max} caractères au plus, affichés sous le titre.`,
    count: (n: number, max: number) => `${n} caractères sur ${max}`,
    highlight: 'Écoles mises en avant',
    highlightHint: (max: number) => `${max} au plus : cerclées et en gras dans le classement.`,
    add: 'Mettre une école en avant',
    added: (name: string, n: number, max: number) => `${name} mise en avant (${n} sur ${max}).`,
    full: (max: number) =>
      `Déjà ${max} écoles mises en avant, le maximum : retirez-en une pour en ajouter une autre.`,
    remove: (name: string) => `Ne plus mettre en avant ${name}`,
    none: 'Aucune école mise en avant.',
    clear: 'Effacer l’annotation',
    preview: 'Aperçu',
    legend: 'Cerclée, nom en gras : mise en avant par l’auteur',
  },
};

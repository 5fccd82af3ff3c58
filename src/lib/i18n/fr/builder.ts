// French words: the embed builder in the share panel (issue 15, part 5) and the comparison embed's
// small chart.
import type { BuilderMessages } from '../messages';

export const builder: BuilderMessages = {
  builder: {
    school: 'École de la fiche',
    schools: (max: number) => `Écoles comparées (${max} au plus)`,
    remove: (name: string) => `Retirer ${name} de l’intégration`,
    added: (name: string) => `${name} ajoutée à l’intégration.`,
    theme: 'Thème',
    themes: { auto: 'Celui du lecteur', light: 'Clair', dark: 'Sombre' },
    filter: 'Emporter le filtre de la page (recherche, mois, familles, régions, ex æquo)',
    editable: 'Le lecteur peut modifier les écoles',
    editableHint:
      'Sinon l’intégration est en lecture seule : le lecteur ne peut ni retirer ni ajouter d’école.',
    preview: 'Aperçu',
    width: 'Largeur de la page hôte',
    px: (px: number) => `${px} px`,
    full: 'Toute la largeur',
    annotated:
      'Le titre, la note et les écoles mises en avant du formulaire « Annoter » ci-dessus s’appliquent aussi à l’intégration.',
    previewTitle: (title: string) => `Aperçu : ${title}`,
  },
  compareChart: {
    alt: (axis: string, marks: string[]) => `Points sur l’axe « ${axis} » : ${marks.join(' ; ')}.`,
  },
};

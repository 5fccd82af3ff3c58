// French words: the problems found in the table: the panel, and the words for each kind.
import type { ProblemMessages } from '../messages';

/** A value as quoted in a sentence. */
const q = (v: string | undefined): string => `« ${v ?? ''} »`;

const problems: ProblemMessages['problems'] = {
  empty: () => 'Le texte est vide : aucun tableau à lire.',
  binary: () =>
    'Ce fichier ne ressemble pas à un tableau de texte (octets binaires) : exportez-le en CSV ou en texte tabulé.',
  'no-value-column': () =>
    'Aucune colonne de nombres (le temps passé à l’étranger, en mois) n’a été trouvée.',
  'no-name-column': () => 'Aucune colonne de noms d’écoles n’a été trouvée.',
  'no-rows': () => 'Le tableau n’a qu’une ligne d’en-tête, aucune école.',
  'missing-value': (p) =>
    `${p.unit ? 'La valeur' : 'Le nombre de mois'} manque : l’école est écartée.`,
  'not-a-number': (p) =>
    `${q(p.value)} n’est pas un nombre${p.unit === undefined ? ' de mois' : ''} : l’école est écartée.`,
  'empty-name': () => 'Le nom de l’école est vide : la ligne est écartée.',
  negative: (p) =>
    `${q(p.value)}${p.unit === undefined ? ' mois' : ''} est négatif : l’école est écartée.`,
  implausible: (p) =>
    `${q(p.value)}${p.unit ? ` dépasse ${p.expected ?? '?'}` : ' mois, c’est plus que tout séjour d’études plausible'} : valeur gardée, à vérifier.`,
  duplicate: (p) =>
    `Cette école figure déjà ligne ${p.expected ?? '?'} : les deux lignes sont gardées.`,
  'bad-rank': (p) => `Le rang ${q(p.value)} n’est pas un nombre entier : il est ignoré.`,
  'rank-mismatch': (p) =>
    `Rang imprimé ${p.value ?? '?'}, mais les valeurs donnent le rang ${p.expected ?? '?'}.`,
  'rank-missing': (p) =>
    `Aucun rang imprimé alors que la valeur diffère de la ligne précédente : les valeurs donnent le rang ${p.expected ?? '?'}.`,
  'long-name': () => 'Nom de plus de 200 caractères, coupé.',
  'no-separator': (p) =>
    `Pas de séparateur ${p.value === '\t' ? 'tabulation' : q(p.value)} : la ligne est écartée.`,
  'unbalanced-quote': () => 'Guillemet non refermé : la suite lit les guillemets comme du texte.',
};

export const problemWords: ProblemMessages = {
  problemsPanel: {
    heading: (count, n) =>
      n === 1 ? '1 problème dans le tableau' : `${count} problèmes dans le tableau`,
    line: (line: number) => (line === 0 ? 'Fichier' : `Ligne ${line}`),
    /** Between a problem's line and its words. */
    separator: ' : ',
    next: (count, n) =>
      n === 1 ? 'Voir le problème suivant' : `Voir les ${count} problèmes suivants`,
    more: (count, n) =>
      n === 1
        ? '… et 1 autre problème non affiché.'
        : `… et ${count} autres problèmes non affichés.`,
    none: 'Aucune école n’a pu être lue.',
  },
  problems,
};

// French message catalogue: every string of the interface, and the words for each parse problem.
import type { Problem, ProblemKind } from '../data/types';

type ProblemText = (p: Problem) => string;

const q = (v: string | undefined): string => `« ${v ?? ''} »`;

const problems: Record<ProblemKind, ProblemText> = {
  empty: () => 'Le texte est vide : aucun tableau à lire.',
  binary: () =>
    'Ce fichier ne ressemble pas à un tableau de texte (octets binaires) : exportez-le en CSV ou en texte tabulé.',
  'no-value-column': () =>
    'Aucune colonne de nombres (le temps passé à l’étranger, en mois) n’a été trouvée.',
  'no-name-column': () => 'Aucune colonne de noms d’écoles n’a été trouvée.',
  'no-rows': () => 'Le tableau n’a qu’une ligne d’en-tête, aucune école.',
  'missing-value': () => 'Le nombre de mois manque : l’école est écartée.',
  'not-a-number': (p) => `${q(p.value)} n’est pas un nombre de mois : l’école est écartée.`,
  'empty-name': () => 'Le nom de l’école est vide : la ligne est écartée.',
  negative: (p) => `${q(p.value)} mois est négatif : l’école est écartée.`,
  implausible: (p) =>
    `${q(p.value)} mois, c’est plus que tout séjour d’études plausible : valeur gardée, à vérifier.`,
  duplicate: (p) =>
    `Cette école figure déjà ligne ${p.expected ?? '?'} : les deux lignes sont gardées.`,
  'bad-rank': (p) => `Le rang ${q(p.value)} n’est pas un nombre entier : il est ignoré.`,
  'rank-mismatch': (p) =>
    `Rang imprimé ${p.value ?? '?'}, mais les valeurs donnent le rang ${p.expected ?? '?'}.`,
  'rank-missing': (p) =>
    `Aucun rang imprimé alors que la valeur diffère de la ligne précédente : les valeurs donnent le rang ${p.expected ?? '?'}.`,
};

export const fr = {
  lang: 'fr',
  title: 'Les écoles d’ingénieurs les plus ouvertes à l’international',
  subtitle: 'Temps moyen passé à l’étranger par les étudiants, en mois : 144 écoles classées.',
  source:
    'Source : classement général « les plus ouvertes à l’international » (année de publication non indiquée).',
  loading: 'Chargement du classement…',
  /** The button that switches to the other language: written in that language. */
  switchLang: { label: 'English', hint: 'Show in English', code: 'en' },
  summary: {
    heading: 'En chiffres',
    schools: 'écoles',
    median: 'médiane',
    mean: 'moyenne',
    range: 'étendue',
    rangeValue: (min: string, max: string) => `${min} à ${max}`,
  },
  ranking: {
    heading: 'Toutes les écoles, dans l’ordre du classement',
    axis: 'Temps moyen à l’étranger (mois)',
    tieLabel: (rank: number, size: string, months: string) =>
      `=${rank} · ${size} écoles · ${months}`,
    tieShort: (size: string) => `${size} ex æquo`,
    keys: 'Classement en graphique. Flèches haut et bas : parcourir les écoles ; Entrée : comparer ; Échap : quitter.',
    rowLabel: (name: string, months: string, rank: string) => `${name} : ${months}, ${rank}`,
    tipRank: (ordinal: string, tied: boolean) => (tied ? `${ordinal} ex æquo` : ordinal),
    tipSpan: (size: number, first: number, last: number) =>
      `${size} écoles à égalité, places ${first} à ${last}`,
    tipPercentile: (p: string, below: string, total: string) =>
      `centile ${p} · devant ${below} des ${total} écoles`,
    alt: (n: number, top: string, bottom: string) =>
      `Graphique en points : ${n} écoles classées de ${top} à ${bottom}.`,
  },
  histogram: {
    heading: 'Combien d’écoles pour chaque durée',
    axisX: 'Temps moyen à l’étranger (mois)',
    axisY: 'Nombre d’écoles',
    binRule: 'Chaque barre compte les écoles de k mois inclus à k + 1 mois exclu.',
    bar: (count: string, from: string, to: string) =>
      `${count} école(s) de ${from} à moins de ${to}`,
  },
  strip: {
    heading: 'Chaque école, un point',
    alt: (n: number, median: string, q1: string, q3: string, mean: string) =>
      `Diagramme en points de ${n} écoles : médiane ${median}, moitié centrale de ${q1} à ${q3}, moyenne ${mean}.`,
    median: 'médiane',
    mean: 'moyenne',
    box: 'Boîte : du 1er au 3e quartile (méthode R-7), trait : médiane, triangle : moyenne.',
    brush: 'Glissez sur les points pour ne garder qu’une plage de mois.',
    clear: 'Effacer la plage',
  },
  table: {
    heading: 'Le tableau',
    caption: 'Classement complet, triable par colonne',
    rank: 'Rang',
    school: 'École',
    months: 'Mois à l’étranger',
    family: 'Famille',
    percentile: 'Centile',
    compare: 'Comparer',
    tie: 'ex æquo',
    tieTitle: (size: number, first: number, last: number) =>
      `ex æquo avec ${size - 1} autre(s) école(s), positions ${first} à ${last} : cliquer pour n’afficher qu’elles`,
    sortBy: (column: string) => `Trier par ${column}`,
  },
  filters: {
    heading: 'Filtrer',
    search: 'Chercher une école',
    searchHint: 'Sans se soucier des accents ni des majuscules : « st etienne », « ponts »…',
    range: 'Mois à l’étranger',
    from: 'de',
    to: 'à',
    families: 'Familles d’écoles',
    tiedWith: (name: string) => `Ex æquo avec ${name}`,
    clearTie: 'Retirer',
    reset: 'Tout afficher',
    count: (shown: string, total: string) => `${shown} sur ${total} écoles`,
    none: 'Aucune école ne correspond à ce filtre.',
  },
  compare: {
    heading: 'Comparer',
    empty: 'Choisissez jusqu’à 5 écoles dans le tableau pour les comparer.',
    full: 'Cinq écoles au plus : retirez-en une pour en ajouter une autre.',
    pick: (name: string) => `Comparer ${name}`,
    remove: (name: string) => `Retirer ${name} de la comparaison`,
    removeColumn: 'Retirer',
    rank: 'Rang',
    tie: 'Groupe d’ex æquo',
    tieSpan: (size: number, first: number, last: number) =>
      size > 1 ? `${size} écoles, places ${first} à ${last}` : 'seule à ce rang',
    percentile: 'Centile',
    rankText: (ordinal: string, tied: boolean) => (tied ? `${ordinal} ex æquo` : ordinal),
    more: (higher: string, diff: string, lower: string, rankHigher: string, rankLower: string) =>
      `${higher} passe ${diff} de plus à l’étranger que ${lower} : ${rankHigher} contre ${rankLower}.`,
    same: (a: string, b: string, months: string, rank: string) =>
      `${a} et ${b} sont à égalité : ${months}, ${rank} toutes deux.`,
  },
  download: {
    chart: (title: string) => `Télécharger le graphique « ${title} »`,
    label: 'Télécharger :',
    svg: 'Image SVG',
    png: 'Image PNG',
    table: 'Télécharger les écoles affichées, dans l’ordre du tableau :',
    csv: 'CSV (virgules)',
    csvExcel: 'CSV pour Excel en français (;)',
    json: 'Données JSON',
    working: (file: string) => `Préparation de ${file}…`,
    saved: (file: string) => `Téléchargé : ${file}`,
    failed: (file: string) => `Impossible de préparer ${file}.`,
    subtitle: (filter: string, count: string) => `${filter} · ${count}`,
    link: (url: string) => `Lien : ${url}`,
    filter: {
      all: 'Toutes les écoles',
      some: (parts: string[]) => `Filtre : ${parts.join(' ; ')}`,
      query: (q: string) => `recherche « ${q} »`,
      between: (from: string, to: string) => `de ${from} à ${to}`,
      atLeast: (months: string) => `au moins ${months}`,
      atMost: (months: string) => `au plus ${months}`,
      families: (labels: string[]) =>
        `${labels.length === 1 ? 'famille' : 'familles'} ${labels.join(', ')}`,
      tiedWith: (name: string) => `ex æquo avec ${name}`,
    },
    legend: {
      dot: 'Point : temps moyen passé à l’étranger par les étudiants d’une école, en mois',
      band: 'Bande grisée : écoles ex æquo (même nombre de mois, même rang)',
      bar: 'Barre : nombre d’écoles de k mois inclus à k + 1 mois exclu',
      stripDot: 'Point : une école, à son nombre de mois',
      stripOut: 'Point pâle : école hors du filtre',
      picked: (name: string) => `${name} (choisie pour la comparaison)`,
    },
    files: {
      base: 'ecoles-international',
      ranking: 'classement',
      histogram: 'histogramme',
      strip: 'points',
      table: 'tableau',
      semicolon: 'point-virgule',
    },
    columns: {
      rank: 'Rang',
      name: 'École',
      months: 'Mois à l’étranger',
      tieSize: 'Ex æquo (nombre d’écoles)',
      tieFirst: 'Ex æquo (première place)',
      tieLast: 'Ex æquo (dernière place)',
      denseRank: 'Rang dense',
      fractionalRank: 'Rang fractionnaire',
      percentile: 'Centile',
      family: 'Famille',
      position: 'Place',
      id: 'Identifiant',
    },
  },
  share: {
    heading: 'Partager cette vue',
    copyLink: 'Copier le lien',
    linkCopied: 'Lien copié dans le presse-papiers.',
    linkField: 'Lien de cette vue',
    manual: 'Copie automatique impossible : le texte est sélectionné, copiez-le (Ctrl+C ou ⌘+C).',
    embedHeading: 'Intégrer dans une autre page',
    embedKind: 'Vue à intégrer',
    kinds: {
      ranking: 'Classement (graphique)',
      distribution: 'Distribution (histogramme et points)',
      table: 'Tableau',
      school: 'Une école (la première choisie)',
      compare: 'Comparaison (écoles choisies)',
    },
    copyEmbed: 'Copier le code d’intégration',
    embedCopied: 'Code d’intégration copié dans le presse-papiers.',
    embedField: 'Code d’intégration',
    embedHint:
      'Un cadre (iframe) et un petit script (embed.js) qui lui donne la hauteur de son contenu. Le filtre, les écoles choisies, la langue et le thème de cette vue suivent.',
    needsPick: 'Choisissez d’abord au moins une école dans le tableau.',
  },
  embed: {
    titles: {
      ranking: 'Temps moyen à l’étranger, école par école',
      distribution: 'Temps moyen à l’étranger : la distribution',
      table: 'Le classement en tableau',
      school: 'Une école dans le classement',
      compare: 'Écoles comparées',
    },
    frameTitle: (title: string) =>
      `${title} (écoles d’ingénieurs les plus ouvertes à l’international)`,
    fullApp: 'Voir dans l’application complète',
    newTab: '(nouvel onglet)',
    noSchool: 'Aucune école choisie.',
    card: {
      months: 'Temps moyen à l’étranger',
      rank: 'Rang',
      tie: 'Ex æquo',
      percentile: 'Centile',
      ahead: (p: string, below: string, total: string) =>
        `${p}, devant ${below} des ${total} écoles`,
    },
  },
  problemsPanel: {
    heading: (n: number) =>
      n === 1 ? '1 problème dans le tableau' : `${n} problèmes dans le tableau`,
    line: (line: number) => (line === 0 ? 'Fichier' : `Ligne ${line}`),
    more: (n: number) => `… et ${n} autre(s) problème(s) non affiché(s).`,
    none: 'Aucune école n’a pu être lue.',
  },
  problems,
};

export type Messages = typeof fr;

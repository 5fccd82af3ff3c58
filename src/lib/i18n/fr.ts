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
  rules: {
    heading: 'Ce que disent les règles',
    intro:
      'La Commission des titres d’ingénieur (CTI), qui accrédite les écoles, encadre ainsi les séjours à l’étranger :',
    compulsory:
      'Un séjour à l’étranger est obligatoire pendant le cycle ingénieur ; dans les écoles en cinq ans, une partie peut se faire en cycle préparatoire si l’école l’encadre. Les étudiants internationaux en sont dispensés.',
    immersion:
      'Le séjour se fait seul, en immersion : cours à distance, projets avec des étudiants étrangers et autres activités « à domicile » ne le remplacent pas.',
    apprentices: (minimum: number, recommended: number) =>
      `Apprentis : au moins ${minimum} semaines à l’étranger (études, entreprise ou recherche) ; la CTI en préconise ${recommended}. Pour les autres élèves, ce texte ne chiffre pas de durée.`,
    recognition:
      'Études à l’étranger : un contrat d’études (learning agreement) est signé avant le départ ; les crédits ECTS obtenus là-bas sont reconnus automatiquement au retour, sans examen de plus.',
    gapYear:
      'L’année de césure reste un choix de l’étudiant : l’école ne doit ni l’imposer ni y pousser pour faire le séjour à l’étranger.',
    doubleDegree:
      'Un double diplôme allonge souvent les études d’un ou deux semestres ; il figure dans le supplément au diplôme, pas dans son intitulé.',
    soft: 'Le temps de trajet en train, bus, covoiturage ou vélo (« mobilités douces ») peut compter dans la durée du séjour, selon le règlement de l’école.',
    ask: 'À demander à une école (la CTI pose ces questions) : les crédits sont-ils reconnus automatiquement ? Le séjour allonge-t-il la scolarité ? Que fait-on pour ceux qui ne peuvent pas partir ?',
    average:
      'Le classement donne pour chaque école une moyenne sur tous ses étudiants, alors que les minimums de la CTI valent pour chaque étudiant : une moyenne au-dessus d’un repère ne prouve pas que chacun l’atteint.',
    dates:
      'Le texte de la CTI cite une loi de 2023 et un décret de 2024 ; le classement n’est pas daté et emploie des noms d’écoles d’autrefois (ENST Paris, SUPELEC) : ces règles ne s’appliquaient peut-être pas encore.',
    source: (file: string) =>
      `Source : CTI (Commission des titres d’ingénieur), référentiel R&O, « Mobilités internationales » (document ${file}).`,
    more: 'Les autres points du texte',
    toggle: 'Repères CTI sur les graphiques',
    conversion: (perMonth: string, a: string, am: string, b: string, bm: string) =>
      `Repères : ${a} semaines (minimum des apprentis) et ${b} semaines (durée préconisée), en pointillés. Conversion : 1 mois = 52/12 ≈ ${perMonth} semaines, donc ${a} semaines ≈ ${am} mois et ${b} semaines ≈ ${bm} mois, arrondis à une décimale sur les graphiques.`,
    below: (weeks: number, months: string, n: string, total: string) =>
      `Sous ${weeks} semaines (≈ ${months}) : ${n} des ${total} écoles affichées`,
    line: (weeks: number, months: string) => `${weeks} sem. ≈ ${months}`,
    alt: (a: string, b: string) => `Repères CTI en pointillés : ${a} et ${b}.`,
  },
  names: {
    now: (name: string) => `Aujourd’hui : ${name}`,
  },
  profile: {
    open: (name: string) => `Voir la fiche de l’école ${name}`,
    dialog: (name: string) => `Fiche de l’école ${name}`,
    close: 'Fermer la fiche',
    months: 'Temps moyen à l’étranger',
    rank: 'Rang',
    percentile: 'Centile',
    percentileText: (p: string, below: string, total: string) =>
      `${p} : devant ${below} des ${total} écoles`,
    family: 'Famille',
    above: 'Juste devant',
    below: 'Juste derrière',
    more: (months: string, gap: string) => `${months}, ${gap} de plus`,
    fewer: (months: string, gap: string) => `${months}, ${gap} de moins`,
    tied: (others: number) =>
      others === 1 ? 'à égalité avec 1 autre école' : `à égalité avec ${others} autres écoles`,
    top: 'aucune : en tête du classement',
    bottom: 'aucune : en queue du classement',
    ctiHeading: 'Face aux repères de la CTI',
    belowMinimum: (months: string, weeks: number, approx: string) =>
      `${months} en moyenne : moins que les ${weeks} semaines (≈ ${approx}) du minimum des apprentis.`,
    belowRecommended: (months: string, weeks: number, approx: string) =>
      `${months} en moyenne : plus que le minimum des apprentis, moins que les ${weeks} semaines préconisées (≈ ${approx}).`,
    meetsRecommended: (months: string, weeks: number, approx: string) =>
      `${months} en moyenne : au moins les ${weeks} semaines préconisées par la CTI (≈ ${approx}).`,
    perStudent:
      'C’est une moyenne sur tous les étudiants de l’école : elle ne dit pas que chacun a passé cette durée à l’étranger.',
    sourcedHeading: 'Ce que l’école dit d’elle-même',
    gapAverage: (own: string, ranking: string, gap: string) =>
      `L’école annonce ${own} en moyenne ; le classement lui donne ${ranking} : ${gap} d’écart.`,
    sameAverage: (own: string) => `L’école annonce ${own} en moyenne, comme le classement.`,
    gapMinimum: (weeks: number, own: string, ranking: string, gap: string, above: boolean) =>
      `L’école exige au moins ${weeks} semaines à l’étranger (≈ ${own}) ; le classement lui donne ${ranking} en moyenne, ${gap} ${above ? 'de plus' : 'de moins'} que ce minimum.`,
    conversion: '1 mois = 52/12 semaines.',
    quote: 'Texte de la source',
    source: (title: string, file: string) => `Source : ${title} (document ${file}).`,
    dates:
      'Ces chiffres sont ceux que l’école publie aujourd’hui ; le classement n’est pas daté : ils ne portent peut-être pas sur les mêmes années.',
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

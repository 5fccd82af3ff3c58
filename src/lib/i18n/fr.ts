// French message catalogue: every string of the interface, and the words for each parse problem.
import type { Problem, ProblemKind } from '../data/types';
import type { AtLeast, End, LargestTie, Shared, SpanEnds } from '../analysis/insights';
import type { RankedSchool } from '../analysis/types';
import type { Format } from './format';
import { frenchSpaces, typeset } from './typography';

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

/** "1 école", "144 écoles". */
const frSchools = (n: number, f: Format): string => (n === 1 ? '1 école' : `${f.count(n)} écoles`);
/** "1 autre école", "31 autres écoles". */
const frOthers = (n: number, f: Format): string =>
  n === 1 ? '1 autre école' : `${f.count(n)} autres écoles`;
/** The months a group of schools spans: "de 12 à 10 mois", or "toutes à 12 mois". */
const frSpan = (e: End, f: Format): string =>
  e.from === e.to ? `toutes à ${f.months(e.to)}` : `de ${f.number(e.from)} à ${f.months(e.to)}`;
/** What a cut through a tie leaves out, or the end of the sentence. */
const frCut = (e: End, size: number, where: string, f: Format): string =>
  e.tiedBeyond === 0
    ? '.'
    : ` ; ${frOthers(e.tiedBeyond, f)} à ${f.months(e.cut)}, ex æquo avec la ${f.ordinal(size)}${where}, ${e.tiedBeyond === 1 ? 'reste' : 'restent'} hors de ces ${f.count(size)}.`;
/** A school's rank: "8e", "34e ex æquo". */
const frRank = (s: RankedSchool, f: Format): string =>
  `${f.ordinal(s.rank)}${s.tie.size > 1 ? ' ex æquo' : ''}`;
/** A school's months and rank: "10,5 mois, 8e", "6 mois, 34e ex æquo". */
const frAt = (s: RankedSchool, f: Format): string => `${f.months(s.months)}, ${frRank(s, f)}`;

/** The words as written, with plain spaces: `fr` below sets the French spaces. */
const text = {
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
    /** How to pick (or drop) the row under the pointer, the finger or the keys. */
    tipPick: (how: 'mouse' | 'touch' | 'keys', picked: boolean) =>
      `${{ mouse: 'Cliquer', touch: 'Toucher encore', keys: 'Entrée' }[how]} : ${picked ? 'retirer de la comparaison' : 'comparer'}`,
    alt: (n: number, top: string, bottom: string) =>
      `Graphique en points : ${n} écoles classées de ${top} à ${bottom}.`,
  },
  histogram: {
    heading: 'Combien d’écoles pour chaque durée',
    axisX: 'Temps moyen à l’étranger (mois)',
    axisY: 'Nombre d’écoles',
    binRule: 'Chaque barre compte les écoles de k mois inclus à k + 1 mois exclu.',
    brush: 'Glissez sur les barres pour ne garder qu’une plage de mois.',
    bar: (count: string, from: string, to: string) =>
      `${count} ${count === '1' ? 'école' : 'écoles'} de ${from} à moins de ${to}`,
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
    keys: 'Diagramme en points. Flèches gauche et droite : d’une durée à l’autre ; haut et bas : dans une même durée ; Entrée : comparer ; Échap : quitter, puis effacer la plage.',
    picked: 'dans la comparaison',
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
      `ex æquo avec ${size === 2 ? '1 autre école' : `${size - 1} autres écoles`}, positions ${first} à ${last} : cliquer pour n’afficher qu’elles`,
    sortBy: (column: string) => `Trier par ${column}`,
    /** The phone's sort list, which stands for the headers of the columns a phone hides. */
    sort: 'Trier par',
    /** One choice of that list: a column and an order, "Centile, décroissant". */
    sortChoice: (column: string, order: string) => `${column}, ${order}`,
    /** Each column's two orders, as the list names them. */
    orders: {
      rank: { asc: 'du 1er au dernier', desc: 'du dernier au 1er' },
      name: { asc: 'de A à Z', desc: 'de Z à A' },
      months: { asc: 'croissant', desc: 'décroissant' },
      family: { asc: 'de A à Z', desc: 'de Z à A' },
      percentile: { asc: 'croissant', desc: 'décroissant' },
    },
    /** Under a school's name on a phone, where the family and percentile columns are hidden:
     *  "Centrale, centile 95" (no family: "centile 95"), the number kept with its word. */
    details: (family: string, percentile: string) =>
      family === '' ? `centile\u00a0${percentile}` : `${family}, centile\u00a0${percentile}`,
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
    empty:
      'Choisissez jusqu’à 5 écoles : ici, dans le tableau (les cases à cocher) ou dans le classement (clic sur une ligne).',
    /** The panel with nothing picked and nowhere to pick from (an embedded comparison). */
    none: 'Aucune école n’est choisie pour la comparaison.',
    add: 'Ajouter une école',
    addHint: 'Tapez un nom, puis choisissez dans la liste (flèches et Entrée).',
    noMatch: 'Aucune école ne correspond.',
    /** A school of the pick list known today by another name. */
    nowCalled: (name: string) => `aujourd’hui ${name}`,
    added: (name: string, n: number, max: number) =>
      `${name} ajoutée à la comparaison (${n} sur ${max}).`,
    full: 'Cinq écoles au plus : retirez-en une pour en ajouter une autre.',
    pick: (name: string) => `Comparer ${name}`,
    remove: (name: string) => `Retirer ${name} de la comparaison`,
    removeColumn: 'Retirer',
    rank: 'Rang',
    tie: 'Groupe d’ex æquo',
    tieSpan: (size: number, first: number, last: number) =>
      size > 1 ? `${size} écoles, places ${first} à ${last}` : 'seule à ce rang',
    percentile: 'Centile',
    /** A value's label on a phone's comparison card. */
    cardLabel: (label: string) => `${label} : `,
    rankText: (ordinal: string, tied: boolean) => (tied ? `${ordinal} ex æquo` : ordinal),
    more: (higher: string, diff: string, lower: string, rankHigher: string, rankLower: string) =>
      `${higher} passe ${diff} de plus à l’étranger que ${lower} : ${rankHigher} contre ${rankLower}.`,
    same: (a: string, b: string, months: string, rank: string) =>
      `${a} et ${b} sont à égalité : ${months}, ${rank} toutes deux.`,
  },
  insights: {
    heading: 'À retenir',
    methodLink: 'Comment ces chiffres sont calculés : méthode et limites',
    one: (s: RankedSchool, rankingSize: number, f: Format) =>
      `${s.name} : ${f.months(s.months)} en moyenne, ${f.ordinal(s.rank)} sur ${frSchools(rankingSize, f)}, ` +
      (s.tie.size > 1
        ? `ex æquo avec ${frOthers(s.tie.size - 1, f)} (places ${s.tie.first} à ${s.tie.last}).`
        : 'seule à cette valeur.'),
    atLeast: ({ months, count, total, share }: AtLeast, f: Format) => {
      const stay = `${f.months(months)} ou plus à l’étranger, en moyenne.`;
      if (count === 0) return `Aucune des ${frSchools(total, f)} n’envoie ses étudiants ${stay}`;
      if (count === total)
        return `Les ${frSchools(total, f)} envoient toutes leurs étudiants ${stay}`;
      const sends = count === 1 ? 'envoie ses' : 'envoient leurs';
      return `${frSchools(count, f)} sur ${f.count(total)} (${f.percent(share)}) ${sends} étudiants ${stay}`;
    },
    largestTie: (t: LargestTie, f: Format) => {
      const { group } = t;
      const places = `places ${group.first} à ${group.last}`;
      const same =
        t.sameSize === 0
          ? ''
          : t.sameSize === 1
            ? ' ; un autre groupe en compte autant'
            : ` ; ${f.count(t.sameSize)} autres groupes en comptent autant`;
      const who = `${frSchools(t.size, f)} à ${f.months(t.months)}, toutes au ${f.ordinal(group.first)} rang`;
      return t.size === group.size
        ? `Le plus grand groupe d’ex æquo : ${who} (${places})${same}.`
        : `Le plus grand groupe d’ex æquo ici : ${who}, comme ${frOthers(group.size - t.size, f)} du classement (${places})${same}.`;
    },
    noTie: (total: number, f: Format) =>
      `Aucune de ces ${frSchools(total, f)} n’a la même durée qu’une autre.`,
    tieSpan: ({ first, last, months }: LargestTie, f: Format) =>
      `${first.name} (place ${first.position}) et ${last.name} (place ${last.position}) ne diffèrent en rien : ${f.months(months)} toutes les deux, et le même rang, ${f.ordinal(first.rank)}.`,
    top: (e: End, size: number, f: Format) =>
      `Les ${f.count(size)} premières écoles par place : ${frSpan(e, f)}${frCut(e, size, '', f)}`,
    bottom: (e: End, size: number, f: Format) =>
      `Les ${f.count(size)} dernières écoles par place : ${frSpan(e, f)}${frCut(e, size, ' en partant de la fin', f)}`,
    span: ({ total, first, last, gap }: SpanEnds, f: Format) =>
      `Entre la première de ces ${frSchools(total, f)}, ${first.name} (${frAt(first, f)}), et la dernière, ${last.name} (${frAt(last, f)}) : ${f.months(gap)} d’écart.`,
    shared: ({ tied, alone, total, share }: Shared, f: Format) => {
      const other = 'avec au moins une autre école du classement';
      if (tied === 0)
        return `Aucune de ces ${frSchools(total, f)} ne partage son rang avec une autre école du classement.`;
      if (alone === 0) return `Ces ${frSchools(total, f)} partagent toutes leur rang ${other}.`;
      const shares = tied === 1 ? 'partage son' : 'partagent leur';
      const only = alone < tied ? ' seulement' : '';
      const own =
        alone === 1
          ? `1${only} a un rang bien à elle`
          : `${f.count(alone)}${only} ont un rang bien à elles`;
      return `${f.count(tied)} de ces ${frSchools(total, f)} (${f.percent(share)}) ${shares} rang ${other} ; ${own}.`;
    },
  },
  method: {
    link: 'Méthode et limites',
    heading: 'Méthode et limites',
    docTitle: (title: string) => `Méthode et limites · ${title}`,
    back: 'Retour au classement',
    intro:
      'D’où viennent les chiffres, ce qu’ils mesurent et ce qu’ils ne disent pas : à lire avant de citer un rang. Tous les nombres de cette page sont calculés à partir du tableau.',
    source: {
      heading: 'La source',
      titleLabel: 'Titre du classement',
      valueLabel: 'Colonne des valeurs',
      unknown:
        'Ni l’éditeur ni l’année de publication ne sont indiqués : nous ne les connaissons pas.',
      file: 'Fichier',
      sha: 'Empreinte SHA-256',
      shaNote:
        'calculée dans votre navigateur sur le texte même que la page affiche : un octet changé dans le fichier la changerait.',
      schools: 'Écoles lues',
      checked: (problems: number, f: Format) =>
        'Les rangs imprimés ne sont pas recopiés : l’application les recalcule à partir des valeurs et les compare ; ' +
        (problems === 0
          ? 'ils concordent pour chaque école.'
          : `${problems === 1 ? '1 désaccord est signalé' : `${f.count(problems)} désaccords sont signalés`} en haut de la page du classement.`),
    },
    measure: {
      heading: 'Ce que mesure le « temps moyen à l’étranger »',
      what: 'D’après l’intitulé de sa colonne, une moyenne sur les étudiants de chaque école : le temps qu’ils passent à l’étranger pendant leurs études, en mois. Le mode de calcul n’est pas publié.',
      notIntro: 'Cette moyenne ne dit rien :',
      spread: (months: number, f: Format) =>
        `de la dispersion dans une école : ${f.months(months)} en moyenne (la médiane du classement), ce peut être tous les étudiants partis ${f.months(months)}, ou la moitié partie ${f.months(2 * months)} et l’autre moitié restée en France ;`,
      share: 'de la part des étudiants qui partent vraiment ;',
      activity:
        'de ce qu’ils font à l’étranger (semestre d’études, stage, double diplôme) ni du pays où ils vont ;',
      cost: 'de ce que le séjour coûte aux étudiants, ni des bourses qui les aident.',
      unknowns:
        'On ne sait pas non plus si les stages et les semestres d’études sont comptés de la même façon, ni si les étudiants internationaux, que les règles dispensent de mobilité, entrent dans la moyenne.',
      rulesHeading: 'Ce que disent les règles',
      rules:
        'La CTI (Commission des titres d’ingénieur), qui accrédite les écoles, leur demande de rendre obligatoire une expérience à l’étranger pendant le cycle ingénieur ; les étudiants internationaux en sont dispensés.',
      apprentices: (nine: string, twelve: string) =>
        `Pour les apprentis, la mobilité dure au moins 9 semaines (${nine}) ; 12 semaines (${twelve}) sont préconisées.`,
      minimum:
        'Ce sont des minimums par étudiant, quand le classement donne une moyenne par école : une moyenne élevée ne garantit pas que chaque étudiant atteint le minimum, et les deux chiffres ne se comparent pas directement. Le temps de trajet en mobilité douce (train, bus) peut aussi compter dans la durée du séjour, selon le règlement de chaque école.',
      conversion: (perMonth: string) =>
        `Semaines converties en mois à 52/12 ≈ ${perMonth} semaines le mois (52 semaines par an, divisées par 12), comme les repères des graphiques.`,
      cite: 'Source : Commission des titres d’ingénieur (CTI), référentiel R&O, « Mobilités internationales ».',
    },
    ties: {
      heading: 'Comment les ex æquo sont classés',
      intro:
        'Le classement publié donne le même rang aux écoles à égalité, puis saute autant de places qu’il y a d’ex æquo. L’application ne recopie pas ces rangs : elle les recalcule à partir des valeurs, et calcule trois autres façons de classer.',
      head: (months: readonly number[], f: Format) =>
        `Pour l’exemple, les ${f.count(months.length)} premières écoles du classement ont ${months.map(f.number).join(' ; ')} mois.`,
      forHead: (values: readonly number[], f: Format) =>
        `Pour elles : ${values.map(f.number).join(' ; ')}.`,
      competition: 'Rang de compétition (celui du classement publié)',
      competitionDef: '1 + le nombre d’écoles qui ont strictement plus de mois.',
      dense: 'Rang dense',
      denseDef:
        '1 + le nombre de valeurs différentes strictement plus grandes : aucune place n’est sautée.',
      fractional: 'Rang fractionnaire (ou moyen)',
      fractionalDef: 'La moyenne des places qu’occupe le groupe d’ex æquo.',
      percentile: 'Centile',
      percentileDef: (n: number, f: Format) =>
        `100 × (n − rang fractionnaire) / (n − 1), avec n = ${f.count(n)} écoles : la part des autres écoles qui ont moins de mois, les ex æquo comptant pour moitié.`,
      exampleHeading: (size: number, months: number, f: Format) =>
        `Exemple : les ${f.count(size)} écoles à ${f.months(months)}`,
      exampleIntro: (first: number, last: number) =>
        `C’est le plus grand groupe d’ex æquo du classement : il occupe les places ${first} à ${last}. Chacune de ses écoles a pour rang :`,
      exCompetition: (rank: number, f: Format) =>
        `${f.count(rank)}, car ${frSchools(rank - 1, f)} ont plus de mois`,
      exDense: (dense: number, f: Format) =>
        `${f.count(dense)}, car ${f.count(dense - 1)} valeurs différentes sont plus grandes`,
      exFractional: (rank: number, first: number, last: number, f: Format) =>
        `${f.number(rank)} = (${first} + ${last}) / 2`,
      exPercentile: (percentile: number, n: number, fractional: number, f: Format) =>
        `${f.number(percentile)} = 100 × (${f.count(n)} − ${f.number(fractional)}) / (${f.count(n)} − 1)`,
      noTie:
        'Aucune école de ce tableau n’est à égalité avec une autre : les rangs de compétition, dense et fractionnaire y sont les mêmes.',
    },
    quantiles: {
      heading: 'Quartiles et histogramme',
      method:
        'La médiane et les quartiles se lisent dans les valeurs triées par ordre croissant, à la position (n − 1) × p + 1, en interpolant entre les deux valeurs voisines quand la position tombe entre elles. C’est la méthode R-7 : celle de d3-array (quantile), celle de R par défaut, et celle de QUARTILE.INCLURE et CENTILE.INCLURE dans Excel. D’autres méthodes peuvent donner d’autres quartiles.',
      example: (n: number, f: Format) => `Sur les ${frSchools(n, f)} :`,
      quantile: (p: number, position: number, value: number, f: Format) =>
        `${p === 0.5 ? 'médiane' : p < 0.5 ? '1er quartile' : '3e quartile'} : position ${f.number(position)}, soit ${f.months(value)}`,
      bins: 'Chaque barre de l’histogramme compte les écoles de k mois inclus à k + 1 mois exclu : [k ; k + 1[.',
      topBin: (max: number, from: number, to: number, count: number, f: Format) =>
        `La dernière barre suit la même règle : la valeur la plus haute, ${f.months(max)}, a sa propre barre, [${f.number(from)} ; ${f.number(to)}[ (${frSchools(count, f)}), au lieu d’être comptée avec la barre précédente.`,
      fraction: (months: number, from: number, to: number, f: Format) =>
        `Une valeur entre deux mois entiers compte dans la barre du dessous : ${f.months(months)} dans [${f.number(from)} ; ${f.number(to)}[.`,
    },
    caveats: {
      heading: 'Avant de citer un rang',
      tie: (rank: number, size: number, first: number, last: number, f: Format) =>
        `Un rang cache les ex æquo : « ${f.ordinal(rank)} » est partagé par ${frSchools(size, f)}, places ${first} à ${last}. Écrivez plutôt « ${f.ordinal(rank)} ex æquo avec ${frOthers(size - 1, f)} ».`,
      oneMonth: (months: number, rank: number, more: number, less: number, f: Format) =>
        `Un mois déplace beaucoup : à ${f.months(months)}, une école est ${f.ordinal(rank)} ; avec un mois de plus elle serait ${f.ordinal(more)}, avec un mois de moins ${f.ordinal(less)}.`,
      closest: (higher: RankedSchool, lower: RankedSchool, gap: number, days: number, f: Format) =>
        `Les petits écarts ne veulent rien dire : ${higher.name}, ${frRank(higher, f)} avec ${f.months(higher.months)}, et ${lower.name}, ${frRank(lower, f)} avec ${f.months(lower.months)}, ne sont séparées que de ${f.months(gap)}, environ ${f.count(days)} jours. On ne connaît ni le nombre d’étudiants de chaque école ni la dispersion de leurs séjours : impossible de dire si un tel écart compte.`,
      year: 'L’année du classement n’est pas connue : il peut être ancien. Ne le présentez pas comme actuel.',
      names:
        'Les noms sont ceux de l’époque, et beaucoup d’écoles ont été renommées ou ont fusionné depuis : ENST Paris est aujourd’hui Télécom Paris, INT Evry Télécom SudParis ; ENST Bretagne fait partie d’IMT Atlantique ; ENI Val-de-Loire et ENSI Bourges ont fusionné dans l’INSA Centre Val de Loire, Centrale Paris et SUPELEC dans CentraleSupélec. Vérifiez le nom actuel d’une école avant de la citer.',
    },
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
    /** Between a problem's line and its words. */
    separator: ' : ',
    more: (n: number) =>
      n === 1 ? '… et 1 autre problème non affiché.' : `… et ${n} autres problèmes non affichés.`,
    none: 'Aucune école n’a pu être lue.',
  },
  problems,
};

export type Messages = typeof text;

/**
 * The catalogue the page uses: the space before : ; ! ? » and after « of every string and every
 * function's result made unbreakable (names and numbers put into a sentence too, as part of it).
 * The column headers and file words of the downloads are kept as written: a CSV header is matched
 * by people who type it (a script's `row["Rang"]`), where a no-break space would not match.
 */
export const fr: Messages = typeset(
  text,
  frenchSpaces,
  new Set<object>([text.download.columns, text.download.files]),
);

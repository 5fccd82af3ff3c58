// French words: the methodology page's own (loaded with the page, not at start; its link is in
// page.ts), with French typography set.
import type { RankedSchool } from '../../analysis/types';
import type { Renaming } from '../../data/names';
import type { Format } from '../format';
import type { MethodMessages } from '../messages';
import type { Direction, Unit } from '../../load/types';
import { frenchSpaces, typeset } from '../typography';
import { and, schools, others } from './words';

/** The words as written, with plain spaces: `method` below sets the French spaces. */
const text: MethodMessages = {
  heading: 'Méthode et limites',
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
      `${f.count(rank)}, car ${schools(rank - 1, f)} ont plus de mois`,
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
    example: (n: number, f: Format) => `Sur les ${schools(n, f)} :`,
    quantile: (p: number, position: number, value: number, f: Format) =>
      `${p === 0.5 ? 'médiane' : p < 0.5 ? '1er quartile' : '3e quartile'} : position ${f.number(position)}, soit ${f.months(value)}`,
    bins: 'Chaque barre de l’histogramme compte les écoles de k mois inclus à k + 1 mois exclu : [k ; k + 1[.',
    topBin: (max: number, from: number, to: number, count: number, f: Format) =>
      `La dernière barre suit la même règle : la valeur la plus haute, ${f.months(max)}, a sa propre barre, [${f.number(from)} ; ${f.number(to)}[ (${schools(count, f)}), au lieu d’être comptée avec la barre précédente.`,
    fraction: (months: number, from: number, to: number, f: Format) =>
      `Une valeur entre deux mois entiers compte dans la barre du dessous : ${f.months(months)} dans [${f.number(from)} ; ${f.number(to)}[.`,
  },
  own: {
    intro:
      'Ce tableau est le vôtre : il a été lu dans ce navigateur, et rien n’a été envoyé. Les rangs, les ex æquo et la distribution sont recalculés ici à partir des valeurs ; ce qui suit dit comment le fichier a été lu.',
    reading: 'Comment le fichier a été lu',
    delimiter: (d: '\t' | ';' | ',') =>
      `Séparateur : ${d === '\t' ? 'tabulation' : d === ';' ? 'point-virgule (;)' : 'virgule (,)'}.`,
    header: (cells: readonly string[] | null) =>
      cells === null
        ? 'Pas de ligne d’en-tête.'
        : `En-tête : ${cells.map((c) => `« ${c} »`).join(', ')}.`,
    column: (header: string | undefined, index: number) =>
      header === undefined ? `la colonne ${index}` : `« ${header} »`,
    columns: (name: string, value: string, rank: string | null) =>
      `Colonnes : le nom dans ${name}, la valeur dans ${value}${rank === null ? ', pas de rang imprimé' : `, le rang imprimé dans ${rank}`}.`,
    measure: (name: string, unit: Unit, direction: Direction) =>
      `Valeur : « ${name} », ${{ months: 'en mois', weeks: 'en semaines', percent: 'en pourcentage', count: 'un nombre', other: 'sans unité' }[unit]} ; ${direction === 'higher' ? 'la plus haute' : 'la plus basse'} est classée première.`,
    ranks:
      'Rangs de compétition : 1 + le nombre d’écoles classées devant, les ex æquo partageant le même rang. Un rang imprimé qui ne s’accorde pas avec les valeurs est signalé, ligne par ligne.',
  },
  caveats: {
    heading: 'Avant de citer un rang',
    tie: (rank: number, size: number, first: number, last: number, f: Format) =>
      `Un rang cache les ex æquo : « ${f.ordinal(rank)} » est partagé par ${schools(size, f)}, places ${first} à ${last}. Écrivez plutôt « ${f.rank({ rank, tie: { size } })} avec ${others(size - 1, f)} ».`,
    oneMonth: (months: number, rank: number, more: number, less: number, f: Format) =>
      `Un mois déplace beaucoup : à ${f.months(months)}, une école est ${f.ordinal(rank)} ; avec un mois de plus elle serait ${f.ordinal(more)}, avec un mois de moins ${f.ordinal(less)}.`,
    closest: (higher: RankedSchool, lower: RankedSchool, gap: number, days: number, f: Format) =>
      `Les petits écarts ne veulent rien dire : ${higher.name}, ${f.rank(higher)} avec ${f.months(higher.months)}, et ${lower.name}, ${f.rank(lower)} avec ${f.months(lower.months)}, ne sont séparées que de ${f.months(gap)}, environ ${f.count(days)} jours. On ne connaît ni le nombre d’étudiants de chaque école ni la dispersion de leurs séjours : impossible de dire si un tel écart compte.`,
    year: 'L’année du classement n’est pas connue : il peut être ancien. Ne le présentez pas comme actuel.',
    names: (renamed: readonly Renaming[], f: Format) => {
      const check = 'Vérifiez le nom actuel d’une école avant de la citer.';
      if (renamed.length === 0) return `Les noms sont ceux du tableau. ${check}`;
      const count = renamed.reduce((n, r) => n + r.former.length, 0);
      const changes = renamed
        .map((r) =>
          r.former.length === 1
            ? `${and(r.former)} est aujourd’hui ${r.current}`
            : `${and(r.former)} sont aujourd’hui réunies dans ${r.current}`,
        )
        .join(' ; ');
      const changed =
        count === 1
          ? '1 école du tableau a changé de nom'
          : `${f.count(count)} écoles du tableau ont changé de nom ou fusionné`;
      return `Les noms sont ceux de l’époque : ${changed} depuis. ${changes}. ${check}`;
    },
  },
};

/** The methodology page's words, every space French typography wants unbreakable made so. */
export const method: MethodMessages = typeset(text, frenchSpaces, new Set());

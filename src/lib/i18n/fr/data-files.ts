// French words: the whole table's download, and what a CSV's metadata and read-me say of it
// (export/metadata.ts). Plain spaces: later.ts sets the French ones.
import type { DataFileMessages, ValueFacts } from '../data-messages';
import type { Unit } from '../../data/shapes';
import { schoolsOf } from './words';

const UNITS: Record<Unit, string> = {
  months: 'mois',
  weeks: 'semaines',
  percent: '%',
  count: '',
  other: '',
};
/** The schools ranked before another, as a definition says it. */
const better = (v: ValueFacts): string =>
  `dont la valeur est strictement plus ${v.higher ? 'haute' : 'basse'}`;

export const dataFiles: DataFileMessages = {
  dataFiles: {
    whole: (total: string) =>
      `Télécharger le tableau complet (${schoolsOf(total)}), dans l’ordre du classement :`,
    metadata: 'Métadonnées (CSVW, JSON)',
    readme: 'Lisez-moi (texte)',
    fileWhole: 'complet',
    fileReadme: 'LISEZMOI',
    titleShown: (title: string) => `${title} : écoles affichées`,
    titleWhole: (title: string) => `${title} : tableau complet`,
    holds: (filter: string, count: string, total: string) =>
      `${filter} · ${count} sur ${schoolsOf(total)}`,
    published:
      'Le classement tel que publié ; éditeur et année de publication non indiqués par la source, édition non datée.',
    own: (name: string) =>
      `Un tableau fourni par le lecteur (${name}), lu dans son navigateur, et non le classement publié.`,
    unit: (unit: Unit) => UNITS[unit],
    decimal: ',',
    columns: {
      rank: (v: ValueFacts) =>
        `Rang de compétition (« 1224 ») : 1 + le nombre d’écoles ${better(v)} ; les ex æquo partagent le meilleur rang et le rang suivant saute.`,
      name: (v: ValueFacts) =>
        v.own
          ? 'Nom de l’école tel que dans le fichier.'
          : 'Nom de l’école tel qu’imprimé dans le classement (noms de l’époque : ENST Paris est aujourd’hui Télécom Paris).',
      months: (v: ValueFacts) => {
        const unit = UNITS[v.unit];
        const column = v.header === '' ? '' : ` (colonne « ${v.header} » de la source)`;
        return v.own
          ? `${v.name}${unit === '' ? '' : `, en ${unit}`} : la valeur du fichier${column}, exacte, point décimal ; la plus ${v.higher ? 'haute' : 'basse'} est classée en tête.`
          : `${v.name} : temps moyen passé à l’étranger par les étudiants, en mois${column}, valeur exacte du classement, point décimal.`;
      },
      tieSize: () => 'Nombre d’écoles à la même valeur, celle-ci comprise (1 : aucun ex æquo).',
      tieFirst: () => 'Première place du groupe d’ex æquo (égale au rang).',
      tieLast: () => 'Dernière place du groupe d’ex æquo (première place + nombre − 1).',
      denseRank: (v: ValueFacts) =>
        `Rang dense (« 1223 ») : 1 + le nombre de valeurs distinctes strictement plus ${v.higher ? 'hautes' : 'basses'}.`,
      fractionalRank: () =>
        'Rang fractionnaire : la moyenne des places du groupe d’ex æquo (quatre écoles aux places 1 à 4 : 2,5).',
      percentile: () =>
        'Rang centile, de 0 à 100, sur le tableau complet de n écoles : 100 × (écoles classées après + (ex æquo − 1) / 2) / (n − 1) ; 100 pour une seule école.',
      family: (v: ValueFacts) =>
        v.own
          ? 'Famille d’écoles, d’après le nom quand l’application le connaît ; « Autres écoles » sinon.'
          : 'Famille d’écoles attribuée à la main d’après le nom ; « Autres écoles » quand elle n’est pas certaine.',
      position: () =>
        'Place dans l’ordre du classement, de 1 au nombre d’écoles ; entre ex æquo, l’ordre du fichier source.',
      id: () =>
        'Identifiant de l’école dans l’application : le nom simplifié, suivi de -2, -3… pour un nom répété ; les liens le citent.',
      current: (v: ValueFacts) =>
        v.own
          ? 'Nom actuel de l’école quand l’application sait qu’elle a changé de nom (ENST Paris : Télécom Paris) ; vide sinon.'
          : 'Nom actuel de l’école quand elle a changé de nom depuis le classement (ENST Paris : Télécom Paris), d’après le fichier des noms actuels ; vide quand le nom n’a pas changé.',
    },
    notes: {
      rank: (v: ValueFacts) =>
        `Convention de rang : classement de compétition (« 1224 ») : des écoles à égalité partagent le meilleur rang, et le rang suivant saute d’autant (quatre écoles 1res, la suivante 5e). Les rangs sont recalculés à partir des valeurs${v.own ? '' : ' et reproduisent ceux imprimés dans le classement'}.`,
      quartiles: (q) =>
        `Quartiles : interpolation linéaire au rang (n − 1) × p des valeurs triées (méthode R-7, type 7 de Hyndman et Fan, celle de d3-array et de QUARTILE.INC des tableurs), comme ceux que montre la page. ${q === null ? 'Aucune valeur ici.' : `Sur les ${q.count} valeurs de ce fichier : premier quartile ${q.q1}, médiane ${q.median}, troisième quartile ${q.q3}.`}`,
      sha: 'SHA-256 : l’empreinte du texte du tableau source, tel que l’application l’a lu ; les liens en portent les 12 premiers chiffres (v=), pour dire sur quelles données une vue a été lue.',
      formats: (csvExcel: string, json: string) =>
        `Le même tableau en CSV pour Excel en français (point-virgule, virgule décimale) : ${csvExcel} ; en JSON : ${json}.`,
      formulas:
        'Dans les CSV, un texte qui commence par =, +, -, @, une tabulation ou un retour chariot est précédé d’une apostrophe, pour qu’un tableur ne l’exécute pas comme une formule ; les nombres sont écrits tels quels.',
      order: (whole: boolean) =>
        whole
          ? 'Lignes dans l’ordre du classement (colonne Place).'
          : 'Lignes dans l’ordre du tableau de la page au moment de l’export.',
    },
    field: (label: string, value: string) => `${label} : ${value}`,
    labels: {
      file: 'Fichier',
      source: 'Source des données',
      sha: 'SHA-256 du tableau source',
      created: 'Exporté le (UTC, ISO 8601)',
      link: 'Lien vers cette vue (avec la version des données)',
      holds: 'Contenu',
      columns: 'Colonnes',
      notes: 'Conventions et méthodes',
      integer: 'nombre entier',
      number: 'nombre',
      text: 'texte',
    },
  },
};

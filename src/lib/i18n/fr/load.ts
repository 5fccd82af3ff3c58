// French words: loading one's own table (components/load/): the control, the check panel, the
// report, the banner, and why a load gave no table.
import type { LoadMessages } from '../load-messages';
import { schoolsOf } from './words';

export const load: LoadMessages = {
  load: {
    open: 'Charger un tableau',
    close: 'Fermer',
    heading: 'Explorer votre propre tableau',
    intro:
      'Un fichier CSV, TSV ou texte (un nom d’école et une valeur par ligne), ou des cellules copiées d’un tableur. Rien n’est envoyé : le tableau reste dans ce navigateur.',
    file: 'Choisir un fichier',
    paste: 'Ou coller le tableau ici',
    pasteHint:
      'Copiez les cellules dans le tableur puis collez-les ici, ou n’importe où sur la page.',
    readPasted: 'Lire le texte collé',
    pastedName: 'Tableau collé',
    drop: 'Déposez le fichier ici pour l’explorer',
    severalFiles: (name, count) => `${count} fichiers déposés : seul le premier, ${name}, est lu.`,
    progress: 'Lecture du tableau',
    phase: { read: 'Lecture', parse: 'Analyse', rank: 'Classement' },
    progressText: (phase, done, total) =>
      total === null ? `${phase} : ${done}` : `${phase} : ${done} sur ${total}`,
    bytes: (n) => n,
    rows: (n) => `${n} lignes`,
    cancel: 'Annuler',
    reading: (name) => `Fichier : ${name}`,
    check: {
      heading: 'Comment le tableau a été lu',
      encoding: 'Encodage',
      separator: 'Séparateur',
      decimal: 'Séparateur décimal',
      headerRows: 'Lignes d’en-tête',
      name: 'Colonne des noms',
      value: 'Colonne de la valeur',
      rank: 'Colonne du rang imprimé',
      noRank: 'Aucune',
      column: (n) => `Colonne ${n}`,
      label: 'Nom de la valeur',
      labelHint: 'Tel qu’il apparaîtra sur les graphiques.',
      unit: 'Unité',
      direction: 'Classement',
      detected: '(détecté)',
      apply: 'Appliquer',
    },
    withBom: (encoding) => `${encoding} avec BOM`,
    delimiters: { '\t': 'Tabulation', ';': 'Point-virgule (;)', ',': 'Virgule (,)' },
    decimals: { ',': 'Virgule (8,5)', '.': 'Point (8.5)' },
    units: {
      months: 'Mois',
      weeks: 'Semaines',
      percent: 'Pourcentage (%)',
      count: 'Nombre',
      other: 'Autre',
    },
    directions: {
      higher: 'La plus grande valeur en tête',
      lower: 'La plus petite valeur en tête',
    },
    ask: {
      heading: 'Quelle colonne est la valeur à classer ?',
      text: 'Plusieurs colonnes contiennent des nombres et l’en-tête n’en désigne aucune : choisissez celle qui classe les écoles.',
      confirm: 'Explorer avec cette colonne',
    },
    preview: {
      caption: (shown) =>
        shown === 1 ? 'La première ligne lue' : `Les ${shown} premières lignes lues`,
    },
    report: {
      heading: 'Compte rendu de lecture',
      read: (schools, name, f) => `${schoolsOf(f.count(schools), 'lue')} dans ${name}.`,
      skipped: (n) => `Lignes écartées : ${n}`,
      duplicates: (n) => `Doublons : ${n}`,
      suspicious: (n) => `Valeurs à vérifier : ${n}`,
      ranks: (n) => `Rangs imprimés en désaccord avec les valeurs : ${n}`,
      none: 'Aucun problème : chaque ligne a été lue.',
      more: (n) => `… et ${n} de plus.`,
    },
    banner: {
      shown: (name, schools) => `Vous explorez votre tableau « ${name} » : ${schoolsOf(schools)}.`,
      local: 'Rien n’est envoyé : il reste dans ce navigateur.',
      back: 'Revenir au classement publié',
      check: 'Vérifier la lecture',
    },
    backDone: 'Le classement publié est de nouveau affiché.',
    kept: 'Le tableau affiché reste en place.',
    errors: {
      'too-large': (size, limit) =>
        `Ce fichier pèse ${size}, au-delà de la limite de ${limit} : il n’a pas été lu.`,
      'too-many-rows': (rows, limit) =>
        `Ce fichier compte ${rows} lignes, au-delà de la limite de ${limit} : il n’a pas été lu.`,
      'not-text': (format) =>
        `Ce fichier est ${format}, pas un tableau de texte : enregistrez-le en CSV (ou en texte tabulé) puis chargez ce fichier.`,
      empty: 'Le fichier est vide : aucun tableau à lire.',
      'no-table': 'Aucune école n’a pu être lue.',
      fetch: (url, status) =>
        status === null
          ? `Le tableau ${url} n’a pas pu être récupéré (adresse d’un autre site, ou réseau).`
          : `Le tableau ${url} n’a pas pu être récupéré (erreur ${status}).`,
      cancelled: 'Chargement annulé.',
      failed: (detail) => `La lecture a échoué de façon imprévue (${detail}).`,
    },
    formats: {
      png: 'une image PNG',
      jpeg: 'une image JPEG',
      gif: 'une image GIF',
      pdf: 'un document PDF',
      xlsx: 'un classeur Excel (.xlsx)',
      xls: 'un classeur Excel ancien (.xls)',
      zip: 'une archive ZIP',
      gzip: 'une archive gzip',
      binary: 'un fichier binaire',
      markup: 'une page web (HTML) ou du XML',
      json: 'un fichier de données JSON',
    },
    size: (value, unit) => `${value} ${{ B: 'o', KB: 'Ko', MB: 'Mo', GB: 'Go' }[unit]}`,
  },
};

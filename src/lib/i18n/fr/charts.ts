// French words: the ranking chart, the histogram and the dot plot.
import type { ChartMessages } from '../messages';
import { schoolsOf } from './words';

export const charts: ChartMessages = {
  ranking: {
    heading: 'Toutes les écoles, dans l’ordre du classement',
    axis: 'Temps moyen à l’étranger (mois)',
    tieLabel: (rank: number, size: string, months: string) =>
      `=${rank} · ${size} écoles · ${months}`,
    tieShort: (size: string) => `${size} ex æquo`,
    keys: 'Classement en graphique. Flèches haut et bas : parcourir les écoles ; Entrée : comparer ; Échap : quitter.',
    rowLabel: (name: string, months: string, rank: string) => `${name} : ${months}, ${rank}`,
    tipSpan: (size: number, first: number, last: number) =>
      `${size} écoles à égalité, places ${first} à ${last}`,
    /** How to pick (or drop) the row under the pointer, the finger or the keys. */
    tipPick: (how: 'mouse' | 'touch' | 'keys', picked: boolean) =>
      `${{ mouse: 'Cliquer', touch: 'Toucher encore', keys: 'Entrée' }[how]} : ${picked ? 'retirer de la comparaison' : 'comparer'}`,
    alt: (n: number, top: string, bottom: string) =>
      `Graphique en points : ${schoolsOf(String(n), 'classée')} de ${top} à ${bottom}.`,
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
      `Diagramme en points de ${schoolsOf(String(n))} : médiane ${median}, moitié centrale de ${q1} à ${q3}, moyenne ${mean}.`,
    median: 'médiane',
    mean: 'moyenne',
    box: 'Boîte : du 1er au 3e quartile (méthode R-7), trait : médiane, triangle : moyenne.',
    brush: 'Glissez sur les points pour ne garder qu’une plage de mois.',
    clear: 'Effacer la plage',
    keys: 'Diagramme en points. Flèches gauche et droite : d’une durée à l’autre ; haut et bas : dans une même durée ; Entrée : comparer ; Échap : quitter, puis effacer la plage.',
    picked: 'dans la comparaison',
  },
};

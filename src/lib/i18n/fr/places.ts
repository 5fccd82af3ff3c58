// Mots français : où sont les écoles (la carte, son tableau, le filtre par région, le lieu d'une
// école dans sa fiche).
import type { PlacesMessages } from '../messages';

export const places: PlacesMessages = {
  places: {
    heading: 'Où sont les écoles',
    intro:
      'Un point par école affichée, groupé dans sa région (la ville n’est pas placée), d’après data/lieux.csv : le nom de l’école quand il dit le lieu, sinon une page publique citée.',
    alt: (onMap: string, shown: string, n: number, regions: string) =>
      `Carte des régions de France métropolitaine : ${onMap} des ${shown} écoles affichées, en points ${n === 1 ? 'dans une région' : `dans ${regions} régions`}.`,
    keys: 'Carte des écoles : flèches pour passer d’une école à l’autre, Entrée pour la choisir, S pour l’ajouter à ma sélection ou l’en retirer, Échap pour sortir.',
    howTo:
      'Un clic sur un point choisit l’école et la montre sous la carte, avec son étoile ; un clic sur une région la coche ou la décoche dans le filtre par région.',
    offMap: (n: number, count: string) =>
      n === 1
        ? `${count} école affichée n’est pas sur la carte : lieu non vérifié, ou plusieurs régions.`
        : `${count} écoles affichées ne sont pas sur la carte : lieu non vérifié, ou plusieurs régions.`,
    table: 'Écoles par région',
    region: 'Région',
    schools: 'Écoles',
    count: 'Nombre',
    noRegion: 'Lieu non vérifié ou plusieurs régions',
    inRegions: (names: string[]) =>
      `${names.length === 1 ? 'région' : 'régions'} ${names.join(', ')}`,
    filter: 'Régions',
    excluded: (count: string) =>
      `Une région choisie, les ${count} écoles au lieu non vérifié ou dans plusieurs régions sont exclues.`,
    ownTable:
      'Votre tableau ne dit pas où sont les écoles : ni carte ni filtre par région pour lui.',
    place: 'Lieu',
    unverified: 'lieu non vérifié',
    fromName: 'd’après le nom de l’école',
    source: (host: string) => `source : ${host}`,
    picked: 'choisie',
    legendDot: 'Une école, dans sa région',
    legendRegion: 'Région choisie dans le filtre',
  },
};

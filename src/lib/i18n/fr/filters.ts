// French words: the filters: search box, months range, families, tie.
import type { FilterMessages } from '../messages';

export const filters: FilterMessages = {
  filters: {
    panel: (set: number) => (set === 0 ? 'Filtres' : `Filtres (${set})`),
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
    count: (shown, total, f) =>
      `${f.count(shown)} sur ${f.count(total)} école${total === 1 ? '' : 's'}`,
  },
  results: {
    top: 'En tête du classement',
    matches: 'Résultats',
    first: (shown: string, of: string) => `${shown} premières sur ${of}`,
    all: 'Tout le classement',
    none: (query: string, narrowed: boolean) =>
      `Aucune école ne correspond à ${query === '' ? 'ces filtres' : `« ${query} »${narrowed ? ' avec ces filtres' : ''}`}.`,
  },
};

// French words: the shortlist kept in this browser (its stars, its panel, the table's order).
import type { ShortlistMessages } from '../messages';

export const shortlist: ShortlistMessages = {
  shortlist: {
    heading: 'Ma sélection',
    add: (name: string) => `Ajouter ${name} à ma sélection`,
    remove: (name: string) => `Retirer ${name} de ma sélection`,
    empty:
      'Aucune école pour l’instant : touchez l’étoile ☆ d’une école (résultats, tableau, fiche) pour la garder ici d’une visite à l’autre.',
    count: (n: number, shown: string) =>
      n === 0 ? 'aucune école' : n === 1 ? '1 école' : `${shown} écoles`,
    kept: 'Gardée dans ce navigateur seulement : rien n’est envoyé, aucun lien ne la transmet.',
    notKept:
      'Ce navigateur ne peut pas garder la liste (stockage indisponible ou plein) : elle sera perdue en quittant la page.',
    elsewhere: (n: number) =>
      n === 1
        ? '1 autre école de ma sélection n’est pas dans ce tableau.'
        : `${n} autres écoles de ma sélection ne sont pas dans ce tableau.`,
    clear: 'Tout effacer',
    cleared: (n: number) =>
      n === 1 ? '1 école retirée de ma sélection.' : `${n} écoles retirées de ma sélection.`,
    undo: 'Annuler',
    compare: 'Comparer ma sélection',
    compared: (n: number) =>
      n === 1 ? '1 école dans la comparaison.' : `${n} écoles dans la comparaison.`,
    firstOnly: (max: number, left: number) =>
      `La comparaison en prend ${max} au plus : les ${max} premières dans l’ordre du classement ; ${left} n’y ${left === 1 ? 'est' : 'sont'} pas.`,
    download: 'Télécharger (CSV)',
    print: 'Imprimer',
    file: 'ma-selection',
    onTop: 'Ma sélection en tête',
    listed: 'dans ma sélection',
    key: (listed: boolean) =>
      listed ? 'Touche S : retirer de ma sélection' : 'Touche S : ajouter à ma sélection',
  },
};

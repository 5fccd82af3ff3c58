// French words: a school's profile.
import type { ProfileMessages } from '../messages';

export const profile: ProfileMessages = {
  names: {
    now: (name: string) => `Aujourd’hui : ${name}`,
  },
  profile: {
    open: (name: string) => `Voir la fiche de l’école ${name}`,
    dialog: (name: string) => `Fiche de l’école ${name}`,
    close: 'Fermer la fiche',
    months: 'Temps moyen à l’étranger',
    rank: 'Rang',
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
};

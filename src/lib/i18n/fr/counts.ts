// French words: a school set against the others in plain counts, not a percentile.
import { countsOf, type Counts } from '../../analysis/counts';
import type { RankedSchool } from '../../analysis/types';
import type { Unit } from '../../load/types';
import type { CountsMessages } from '../counts-messages';
import type { Format } from '../format';

/** What a school has more or less of, by unit: [more, less]. */
const WORDS: Record<Unit, readonly [string, string]> = {
  months: ['plus de mois', 'moins'],
  weeks: ['plus de semaines', 'moins'],
  percent: ['un pourcentage plus élevé', 'un plus bas'],
  count: ['un nombre plus élevé', 'un plus bas'],
  other: ['une valeur plus haute', 'une plus basse'],
};

/** « 22 écoles ont plus de mois, 118 en ont moins, 3 autres en ont autant. » */
function sentence({ more, fewer, same }: Counts, unit: Unit, f: Format): string {
  const [up, down] = WORDS[unit];
  // Amounts (months, weeks) repeat the verb (« en ont moins »); a value does not
  // (« 118 une plus basse »).
  const amount = unit === 'months' || unit === 'weeks';
  const first =
    more === 0
      ? `Aucune école n’a ${up}`
      : more === 1
        ? `1 école a ${up}`
        : `${f.count(more)} écoles ont ${up}`;
  const second = amount
    ? fewer === 0
      ? `aucune n’en a ${down}`
      : `${f.count(fewer)} en ${fewer === 1 ? 'a' : 'ont'} ${down}`
    : `${fewer === 0 ? 'aucune' : f.count(fewer)} ${down}`;
  const others = same === 1 ? '1 autre' : `${f.count(same)} autres`;
  const third =
    same === 0
      ? ''
      : amount
        ? `, ${others} en ${same === 1 ? 'a' : 'ont'} autant`
        : `, ${others} ${unit === 'other' ? 'la même' : 'le même'}`;
  return `${first}, ${second}${third}.`;
}

export const counts: CountsMessages = {
  counts: {
    label: 'Face aux autres écoles',
    sentence,
    of: (s: RankedSchool, total: number, f: Format) => sentence(countsOf(s, total), 'months', f),
  },
};

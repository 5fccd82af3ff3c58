// A school's reference points and its tie meaning (analysis/reference.ts, tie.ts) → the sentences
// that say them, in the catalogue's language (pure: the words and the formats come in). In the
// chunks of the profile and the comparison, with the words they read.
import type { References } from '../analysis/reference';
import type { TieMeaning } from '../analysis/tie';
import type { RankedSchool } from '../analysis/types';
import { standing, type Threshold } from '../context/rules';
import type { FamilyId } from '../data/family-list';
import type { Format } from './format';
import type { Messages } from './messages';

/** The sign of a gap: −1, 0 or 1. */
const sign = (gap: number): number => (gap > 0 ? 1 : gap < 0 ? -1 : 0);

/**
 * "Mines Paris, 7 mois : 2 de plus que la médiane de toutes les écoles (5 mois), 1,5 de plus que
 * celle des 7 écoles des Mines (5,5 mois) ; au moins les 12 semaines préconisées par la CTI
 * (≈ 2,8 mois)." The CTI's part only where the references hold the thresholds (a duration).
 */
export function referenceSentence(
  t: Messages,
  f: Format,
  school: RankedSchool,
  refs: References<FamilyId, Threshold>,
): string {
  const r = t.reference;
  const clauses = [
    r.all(f.number(Math.abs(refs.all.gap)), sign(refs.all.gap), f.value(refs.all.value)),
  ];
  const fam = refs.family;
  if (fam) {
    const gap = f.number(Math.abs(fam.gap));
    clauses.push(r.family(gap, sign(fam.gap), f.value(fam.value), f.count(fam.count), fam.id));
  }
  const [minimum, recommended] = refs.thresholds.map((x) => x.threshold);
  const cti =
    minimum && recommended
      ? r.cti(
          standing(school.months, [minimum, recommended]),
          { weeks: minimum.weeks, approx: f.months(minimum.shown) },
          { weeks: recommended.weeks, approx: f.months(recommended.shown) },
        )
      : '';
  return r.sentence(school.name, f.value(school.months), clauses, cti);
}

/**
 * What the tie means, a sentence each: the tie shared (or the school alone at its value), then
 * the rank at the nearest value ahead, then behind (or that there is none). `direction` says
 * which end ranks first: 'lower' when less is better.
 */
export function tieSentences(
  t: Messages,
  f: Format,
  school: RankedSchool,
  meaning: TieMeaning,
  lowerFirst = false,
): [string, string, string] {
  const w = t.tie;
  const now = f.rank(school);
  const { tie, ahead, behind } = meaning;
  const shared =
    tie.size > 1
      ? w.shared(
          f.count(tie.size),
          f.value(school.months),
          now,
          f.count(tie.first),
          f.count(tie.last),
        )
      : w.alone(f.value(school.months), now);
  const moved = (m: NonNullable<TieMeaning['ahead']>): string =>
    m.rank === school.rank
      ? w.stays(f.value(m.gap), m.more, f.value(m.value), now, f.count(m.size - 1))
      : w.move(
          f.value(m.gap),
          m.more,
          f.value(m.value),
          f.rank({ rank: m.rank, tie: { size: m.size } }),
          now,
        );
  return [
    shared,
    ahead ? moved(ahead) : w.top(!lowerFirst),
    behind ? moved(behind) : w.bottom(lowerFirst),
  ];
}

/**
 * The figures the results show: averages per dimension (a person's, the team's, a group's in
 * 汇总), the gap between 本人 and 经理, and the most common lowest items. Averages are kept as
 * whole sums and counts and rounded once, in whole hundredths, so nothing drifts. Pure; loads
 * with the results.
 */
import { formatNumber } from '../core/numbers';
import {
  gapOf,
  isRated,
  itemsOf,
  ITEMS,
  lowestItems,
  ratingsBy,
  WIDE_GAP,
  type Person,
} from './model';
import { DIMENSIONS, type Dimension } from './shape';

/** An average as its exact parts; `count` 0 means nothing rated. */
export interface Average {
  sum: number;
  count: number;
}

/** The average in whole hundredths, half up (3.125 → 313); null when nothing is rated. */
export function hundredths({ sum, count }: Average): number | null {
  if (count === 0) return null;
  return Math.floor((sum * 200 + count) / (2 * count));
}

/** The average for people: 3.5 → 「3.5」, 38/12 → 「3.17」, 3 → 「3.0」; 「—」 when nothing is rated. */
export function formatAverage(average: Average): string {
  const h = hundredths(average);
  if (h === null) return '—';
  return formatNumber(h / 100, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
}

/** The average's value for drawing (whole hundredths / 100); 0 when nothing is rated. */
export function averageValue(average: Average): number {
  return (hundredths(average) ?? 0) / 100;
}

function average(lists: readonly (readonly number[])[], items: readonly number[]): Average {
  let sum = 0;
  let count = 0;
  for (const scores of lists)
    for (const i of items)
      if (isRated(scores[i])) {
        sum += scores[i];
        count++;
      }
  return { sum, count };
}

/** Per dimension, the average of the rated items over every set of ratings in `lists`. */
export function dimensionAverages(
  lists: readonly (readonly number[])[],
): Record<Dimension, Average> {
  return Object.fromEntries(DIMENSIONS.map((d) => [d, average(lists, itemsOf(d))])) as Record<
    Dimension,
    Average
  >;
}

/** Per competency, the average over every set of ratings in `lists`. */
export function itemAverages(lists: readonly (readonly number[])[]): Average[] {
  return ITEMS.map((i) => average(lists, [i]));
}

export interface RaterGap {
  item: number;
  self: number;
  manager: number;
  /** 经理 − 本人. */
  gap: number;
}

/** Per competency rated by both 本人 and 经理, the gap; empty without a second rater. */
export function raterGaps(person: Person): RaterGap[] {
  const { self, manager } = ratingsBy(person);
  if (!self || !manager) return [];
  return ITEMS.filter((i) => gapOf(person, i) !== null).map((i) => ({
    item: i,
    self: self[i],
    manager: manager[i],
    gap: manager[i] - self[i],
  }));
}

/** The gaps of WIDE_GAP or more, widest first (then in the chapter's order). */
export function wideGaps(person: Person): RaterGap[] {
  return raterGaps(person)
    .filter((g) => Math.abs(g.gap) >= WIDE_GAP)
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || a.item - b.item);
}

/** All 16 rated with the same score: the ratings tell no strength from weakness. */
export function allSame(scores: readonly number[]): boolean {
  return ITEMS.every((i) => isRated(scores[i]) && scores[i] === scores[0]);
}

/**
 * How many of `lists` (one per person) have each competency among their lowest items
 * (`lowestItems`), most often first, then in the chapter's order; competencies nobody has are left out.
 */
export function commonGaps(
  lists: readonly (readonly number[])[],
): { item: number; count: number }[] {
  const counts = ITEMS.map(() => 0);
  for (const scores of lists) for (const i of lowestItems(scores).items) counts[i]++;
  return ITEMS.filter((i) => counts[i] > 0)
    .map((item) => ({ item, count: counts[item] }))
    .sort((a, b) => b.count - a.count || a.item - b.item);
}

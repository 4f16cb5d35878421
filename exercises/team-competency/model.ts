/**
 * 团队能力评估: the data's defaults, the worked example, edits, and the rules the form needs
 * (who rated what, the lowest items that become the 个人发展计划). Averages, rater gaps and the
 * radar's geometry, which only the results show, are in stats.ts and radar.ts. Pure.
 */
import { endOfMonthAfter, isIsoDate } from '../core/dates';
import { LIST_MAX } from '../core/limits';
import type { Person, PlanRow, TeamCompetencyData } from './schema';
import {
  DIMENSIONS,
  ITEM_COUNT,
  PER_DIMENSION,
  SCORE_MAX,
  SCORE_MIN,
  UNRATED,
  type Dimension,
  type Rater,
} from './shape';
import { EXAMPLE_TEXT } from './strings';
import { isBlankData } from '../core/document';

export type { Person, PlanRow, TeamCompetencyData } from './schema';

export const ITEMS: readonly number[] = Array.from({ length: ITEM_COUNT }, (_, i) => i);

/** The dimension of competency `item`. */
export function dimensionOf(item: number): Dimension {
  return DIMENSIONS[Math.floor(item / PER_DIMENSION)];
}

/** The competencies of dimension `d`, in the chapter's order. */
export function itemsOf(d: Dimension): number[] {
  const start = DIMENSIONS.indexOf(d) * PER_DIMENSION;
  return ITEMS.slice(start, start + PER_DIMENSION);
}

export function blankScores(): number[] {
  return ITEMS.map(() => UNRATED);
}

export function blankPerson(id: string, rater: Rater = 'self'): Person {
  return {
    id,
    name: '',
    rater,
    scores: blankScores(),
    second: false,
    others: blankScores(),
    plan: [],
  };
}

/** A blank assessment: the person filling it in, rating themselves. Deterministic. */
export function createData(): TeamCompetencyData {
  return { team: '', date: '', people: [blankPerson('p1')] };
}

export function isBlank(data: TeamCompetencyData): boolean {
  return isBlankData({ createData }, data);
}

export function isRated(score: number): boolean {
  return Number.isInteger(score) && score >= SCORE_MIN && score <= SCORE_MAX;
}

/** The ratings by 本人 and by 经理 of one person (null when that rater is not recorded). */
export function ratingsBy(person: Person): Record<Rater, number[] | null> {
  const other = person.second ? person.others : null;
  return person.rater === 'self'
    ? { self: person.scores, manager: other }
    : { self: other, manager: person.scores };
}

export function otherRater(rater: Rater): Rater {
  return rater === 'self' ? 'manager' : 'self';
}

/** A gap of this size or more between 本人 and 经理 is worth talking over. */
export const WIDE_GAP = 2;

/** 经理 − 本人 for competency `item`; null unless both have rated it. */
export function gapOf(person: Person, item: number): number | null {
  const { self, manager } = ratingsBy(person);
  if (!self || !manager || !isRated(self[item]) || !isRated(manager[item])) return null;
  return manager[item] - self[item];
}

export interface LowestItems {
  /** The 2–3 lowest-rated competencies, lowest first (ties in the chapter's order). */
  items: number[];
  /** Competencies with the same score as the last of `items` that did not fit in 3. */
  tied: number[];
}

/**
 * The competencies that become the 个人发展计划: the two lowest rated, and a third when it has
 * the same score as the second; when more share that score, the first in the chapter's order
 * are taken and the rest are `tied`. Items rated 5 are no gap; unrated ones are left out.
 */
export function lowestItems(scores: readonly number[]): LowestItems {
  const rated = ITEMS.filter((i) => isRated(scores[i]) && scores[i] < SCORE_MAX).sort(
    (a, b) => scores[a] - scores[b] || a - b,
  );
  if (rated.length === 0) return { items: [], tied: [] };
  const limit = scores[rated[Math.min(1, rated.length - 1)]];
  const candidates = rated.filter((i) => scores[i] <= limit);
  return { items: candidates.slice(0, 3), tied: candidates.slice(3) };
}

/** How many of the 16 competencies are not rated yet. */
export function unratedCount(scores: readonly number[]): number {
  return ITEMS.filter((i) => !isRated(scores[i])).length;
}

/**
 * The plan rows to show for a person: one per lowest item (its saved row, or a blank one), then
 * saved rows of other competencies that hold text (no longer among the lowest; kept, not lost).
 */
export function planRows(person: Person): { row: PlanRow; current: boolean }[] {
  const { items } = lowestItems(person.scores);
  const saved = (item: number) => person.plan.find((r) => r.item === item);
  const current = items.map((item) => ({ row: saved(item) ?? blankRow(item), current: true }));
  const kept = person.plan
    .filter((r) => !items.includes(r.item) && hasText(r))
    .map((row) => ({ row, current: false }));
  return [...current, ...kept];
}

function blankRow(item: number): PlanRow {
  return { item, action: '', resource: '', due: '', measure: '' };
}

function hasText(row: PlanRow): boolean {
  return [row.action, row.resource, row.due, row.measure].some((t) => t.trim() !== '');
}

// ——— edits ———

export function setField(
  data: TeamCompetencyData,
  field: 'team' | 'date',
  value: string,
): TeamCompetencyData {
  return { ...data, [field]: value };
}

export function canAddPerson(data: TeamCompetencyData): boolean {
  return data.people.length < LIST_MAX;
}

/** Adds a team member (rated by 经理, the one filling this in); no more than LIST_MAX. */
export function addPerson(data: TeamCompetencyData, id: string): TeamCompetencyData {
  if (!canAddPerson(data)) return data;
  return { ...data, people: [...data.people, blankPerson(id, 'manager')] };
}

export function removePerson(data: TeamCompetencyData, index: number): TeamCompetencyData {
  return { ...data, people: data.people.filter((_, i) => i !== index) };
}

/** Puts a removed person back where they were (撤销). */
export function restorePerson(
  data: TeamCompetencyData,
  index: number,
  person: Person,
): TeamCompetencyData {
  const people = [...data.people];
  people.splice(Math.min(index, people.length), 0, person);
  return { ...data, people };
}

export function updatePerson(
  data: TeamCompetencyData,
  index: number,
  patch: Partial<Pick<Person, 'name' | 'rater' | 'second'>>,
): TeamCompetencyData {
  return { ...data, people: data.people.map((p, i) => (i === index ? { ...p, ...patch } : p)) };
}

/** Sets one rating (`scores`: the person's 评分人; `others`: the second rater). */
export function setScore(
  data: TeamCompetencyData,
  index: number,
  which: 'scores' | 'others',
  item: number,
  score: number,
): TeamCompetencyData {
  if (!isRated(score) || item < 0 || item >= ITEM_COUNT) return data;
  return {
    ...data,
    people: data.people.map((p, i) =>
      i === index ? { ...p, [which]: p[which].map((s, k) => (k === item ? score : s)) } : p,
    ),
  };
}

/** Edits the plan row of competency `item` (adding it on the first edit). */
export function setPlan(
  data: TeamCompetencyData,
  index: number,
  item: number,
  patch: Partial<Omit<PlanRow, 'item'>>,
): TeamCompetencyData {
  return {
    ...data,
    people: data.people.map((p, i) => {
      if (i !== index) return p;
      const found = p.plan.some((r) => r.item === item);
      const plan = found
        ? p.plan.map((r) => (r.item === item ? { ...r, ...patch } : r))
        : [...p.plan, { ...blankRow(item), ...patch }].slice(0, LIST_MAX);
      return { ...p, plan };
    }),
  };
}

// ——— the example ———

/** Ratings of the example (chapter order: 领导力, 业务能力, 执行能力, 沟通能力, 4 each). */
export const EXAMPLE_SCORES = {
  /** The manager, from sales: strong in 业务能力, weakest in 跨部门协作 and 冲突解决. */
  self: [3, 4, 3, 4, 5, 4, 5, 4, 4, 3, 3, 4, 3, 2, 2, 3],
  /** 李娜 as her manager rates her, and as she rates herself. */
  liManager: [3, 3, 2, 3, 4, 3, 4, 3, 3, 2, 3, 3, 4, 3, 3, 3],
  liSelf: [4, 4, 3, 4, 4, 4, 4, 3, 4, 4, 3, 3, 4, 3, 3, 4],
  /** 王强, new in the team: three items share the lowest score. */
  wang: [3, 3, 3, 4, 2, 3, 2, 3, 3, 3, 2, 4, 3, 3, 3, 3],
} as const;

/** The course example, dated `date` (YYYY-MM-DD; the plan's 期限 is the end of the quarter after). */
export function exampleData(date = ''): TeamCompetencyData {
  const [selfName, li, wang] = EXAMPLE_TEXT.people;
  const due = isIsoDate(date) ? endOfMonthAfter(date, 3) : '';
  const { collaboration, conflict } = EXAMPLE_TEXT.plan;
  return {
    team: EXAMPLE_TEXT.team,
    date: isIsoDate(date) ? date : '',
    people: [
      {
        ...blankPerson('ex-1', 'self'),
        name: selfName,
        scores: [...EXAMPLE_SCORES.self],
        plan: [
          { item: 13, ...collaboration, due },
          { item: 14, ...conflict, due },
        ],
      },
      {
        ...blankPerson('ex-2', 'manager'),
        name: li,
        scores: [...EXAMPLE_SCORES.liManager],
        second: true,
        others: [...EXAMPLE_SCORES.liSelf],
      },
      { ...blankPerson('ex-3', 'manager'), name: wang, scores: [...EXAMPLE_SCORES.wang] },
    ],
  };
}

/** The example as 汇总 and the registry check it (a fixed date). */
export const EXAMPLE: TeamCompetencyData = exampleData('2026-11-28');

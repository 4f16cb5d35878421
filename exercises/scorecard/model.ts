/**
 * The 绩效计分卡 model: defaults, the worked example and the edits the view performs. The
 * scoring is in score.ts. Pure: no DOM, no storage.
 */
import { LIST_MAX } from '../core/limits';
import type { Category, Indicator, Member, ScorecardData } from './schema';
import { CATEGORY_KEYS, type CategoryKey } from './shape';
import { DEFAULT_WEIGHT, EXAMPLE_TEXT } from './strings';
import { isBlankData } from '../core/document';

export * from './score';
export type { Actual, Category, Indicator, Member, ScorecardData } from './schema';

function indicator(id: string, patch: Partial<Indicator> = {}): Indicator {
  return {
    id,
    name: '',
    weight: '',
    target: '',
    rule: 'linear',
    direction: 'higher',
    cap: '120',
    threshold: '',
    ...patch,
  };
}

function member(id: string, patch: Partial<Member> = {}): Member {
  return {
    id,
    name: '',
    actuals: [],
    interviewDate: '',
    strengths: '',
    gaps: '',
    actions: '',
    ...patch,
  };
}

/** A blank card: the four categories with the course's weights, one empty indicator each, one member. */
export function createData(): ScorecardData {
  return {
    period: '',
    categories: CATEGORY_KEYS.map((key, i) => ({
      key,
      weight: DEFAULT_WEIGHT[key],
      indicators: [indicator(`i${i + 1}`, { weight: '100' })],
    })),
    members: [member('m1')],
  };
}

export function isBlank(data: ScorecardData): boolean {
  return isBlankData({ createData }, data);
}

const X = EXAMPLE_TEXT.indicators;

/** The example's indicators, by category (team/performance and process/metrics). */
const EXAMPLE_INDICATORS: Record<CategoryKey, Indicator[]> = {
  results: [
    indicator('i1', { name: X.sales, weight: '50', target: '500' }),
    indicator('i2', {
      name: X.margin,
      weight: '25',
      target: '25%',
      rule: 'threshold',
      threshold: '70',
    }),
    indicator('i3', { name: X.expense, weight: '25', target: '8%', direction: 'lower' }),
  ],
  ability: [
    indicator('i4', { name: X.skill, weight: '50', rule: 'manual', cap: '' }),
    indicator('i5', { name: X.account, weight: '50', rule: 'manual', cap: '' }),
  ],
  process: [
    indicator('i6', { name: X.visits, weight: '60', target: '120' }),
    indicator('i7', { name: X.conversion, weight: '40', target: '25%' }),
  ],
  growth: [indicator('i8', { name: X.learning, weight: '100', rule: 'manual', cap: '' })],
};

/** 实际值 of i1–i8 per member. 张伟 is the chapter's representative: 85, 80, 90, 70 → 83 分. */
const EXAMPLE_ACTUALS: readonly (readonly string[])[] = [
  ['450', '20%', '10%', '85', '75', '108', '22.5%', '70'],
  ['620', '26%', '7%', '90', '85', '130', '27%', '90'],
  ['380', '16%', '11%', '70', '65', '95', '18%', '60'],
];

/**
 * The worked example: three members on the course's weights. 张伟 scores 业绩 85, 能力 80,
 * 过程 90, 发展 70, so 85 × 40% + 80 × 30% + 90 × 20% + 70 × 10% = 83 分; 李娜's 销售额 is
 * capped at 120%, 王强's 毛利率 falls below its 70% threshold and scores 0.
 */
export const EXAMPLE: ScorecardData = {
  period: EXAMPLE_TEXT.period,
  categories: CATEGORY_KEYS.map((key) => ({
    key,
    weight: DEFAULT_WEIGHT[key],
    indicators: EXAMPLE_INDICATORS[key],
  })),
  members: EXAMPLE_TEXT.members.map((name, m) =>
    member(`m${m + 1}`, {
      name,
      actuals: (EXAMPLE_ACTUALS[m] ?? []).map((value, i) => ({ indicator: `i${i + 1}`, value })),
      ...(m === 0
        ? {
            interviewDate: '2027-01-08',
            strengths: EXAMPLE_TEXT.strengths,
            gaps: EXAMPLE_TEXT.gaps,
            actions: EXAMPLE_TEXT.actions,
          }
        : {}),
    }),
  ),
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What still holds the worked example untouched (for 汇总): the example's indicators and
 * weights, and members with the example's name and 实际值. Empty for a card of one's own.
 */
export function exampleLeftovers(data: ScorecardData): { setup: boolean; members: string[] } {
  const setup = same(data.categories, EXAMPLE.categories);
  const members = data.members
    .filter((m) => EXAMPLE.members.some((e) => e.name === m.name && same(e.actuals, m.actuals)))
    .map((m) => m.name);
  return { setup, members };
}

/** A fresh copy of the worked example. */
export function exampleData(): ScorecardData {
  return JSON.parse(JSON.stringify(EXAMPLE)) as ScorecardData;
}

// ——— Edits (the view calls these; each returns new data) ———

/** The next free id with `prefix` (i1, i2, … / m1, m2, …): ids never repeat within a card. */
function nextId(prefix: string, used: readonly string[]): string {
  let max = 0;
  for (const id of used) {
    const n = id.startsWith(prefix) ? Number(id.slice(prefix.length)) : NaN;
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${max + 1}`;
}

const allIndicators = (data: ScorecardData) => data.categories.flatMap((c) => c.indicators);

export function setPeriod(data: ScorecardData, period: string): ScorecardData {
  return { ...data, period };
}

function mapCategory(
  data: ScorecardData,
  key: CategoryKey,
  change: (c: Category) => Category,
): ScorecardData {
  return { ...data, categories: data.categories.map((c) => (c.key === key ? change(c) : c)) };
}

export function setCategoryWeight(
  data: ScorecardData,
  key: CategoryKey,
  weight: string,
): ScorecardData {
  return mapCategory(data, key, (c) => ({ ...c, weight }));
}

/** A new linear indicator (cap 120%); the first of a category gets the whole category's weight. */
export function addIndicator(data: ScorecardData, key: CategoryKey): ScorecardData {
  const category = data.categories.find((c) => c.key === key);
  if (!category || category.indicators.length >= LIST_MAX) return data;
  const id = nextId(
    'i',
    allIndicators(data).map((i) => i.id),
  );
  const fresh = indicator(id, { weight: category.indicators.length === 0 ? '100' : '' });
  return mapCategory(data, key, (c) => ({ ...c, indicators: [...c.indicators, fresh] }));
}

export function updateIndicator(
  data: ScorecardData,
  id: string,
  patch: Partial<Omit<Indicator, 'id'>>,
): ScorecardData {
  return {
    ...data,
    categories: data.categories.map((c) => ({
      ...c,
      indicators: c.indicators.map((i) => (i.id === id ? { ...i, ...patch } : i)),
    })),
  };
}

/** Removes the indicator and every member's 实际值 for it. */
export function removeIndicator(data: ScorecardData, id: string): ScorecardData {
  return {
    ...data,
    categories: data.categories.map((c) => ({
      ...c,
      indicators: c.indicators.filter((i) => i.id !== id),
    })),
    members: data.members.map((m) => ({
      ...m,
      actuals: m.actuals.filter((a) => a.indicator !== id),
    })),
  };
}

export function addMember(data: ScorecardData): ScorecardData {
  if (data.members.length >= LIST_MAX) return data;
  const id = nextId(
    'm',
    data.members.map((m) => m.id),
  );
  return { ...data, members: [...data.members, member(id)] };
}

export function updateMember(
  data: ScorecardData,
  id: string,
  patch: Partial<Omit<Member, 'id' | 'actuals'>>,
): ScorecardData {
  return { ...data, members: data.members.map((m) => (m.id === id ? { ...m, ...patch } : m)) };
}

export function removeMember(data: ScorecardData, id: string): ScorecardData {
  return { ...data, members: data.members.filter((m) => m.id !== id) };
}

/** 实际值 of one member for one indicator; an emptied value is dropped from the list. */
export function setActual(
  data: ScorecardData,
  memberId: string,
  indicatorId: string,
  value: string,
): ScorecardData {
  return {
    ...data,
    members: data.members.map((m) => {
      if (m.id !== memberId) return m;
      const others = m.actuals.filter((a) => a.indicator !== indicatorId);
      const order = allIndicators(data).map((i) => i.id);
      const actuals = value === '' ? others : [...others, { indicator: indicatorId, value }];
      actuals.sort((a, b) => order.indexOf(a.indicator) - order.indexOf(b.indicator));
      return { ...m, actuals };
    }),
  };
}

/**
 * The rules of 客户分级与流失预警, exact and pure (no DOM, no storage), beyond the grading of
 * one customer (scoring.ts):
 * - customers/churn: the risk-score table (20/15/15/15/15/10/10 points), 0–29 绿, 30–59 黄,
 *   60 and more 红, and for 战略合作伙伴 and 成长型重点客户 any signal of 15 points or more
 *   means at least 黄;
 * - the pyramid: customers and 年销售额 per grade (in fen, integers) with shares that add up to
 *   exactly 100% (largest remainder, core/allocate.ts);
 * - the list view's filter and sort, and customers named twice (full-width/half-width and
 *   spaces ignored).
 */
import { allocate } from '../core/allocate';
import { parseNumberInput, quantityInput } from '../core/numbers';
import { remembered } from '../core/remembered';
import type { Customer } from './schema';
import { gradeOf, REVENUE_INPUT, weightedScore } from './scoring';
import {
  DIMENSIONS,
  GRADES,
  MEASURE_FIELDS,
  SIGNALS,
  type Grade,
  type MeasuredSignal,
  type RiskLevel,
  type Signal,
} from './shape';

export { formatScore, gradeOf, readScore, weightedScore } from './scoring';

/** Points of each warning signal (customers/churn). */
export const SIGNAL_POINTS: Record<Signal, number> = {
  frequency: 20,
  volume: 15,
  payment: 15,
  contact: 15,
  complaints: 15,
  competitor: 10,
  engagement: 10,
};

/** Risk thresholds, in points. */
export const YELLOW_MIN = 30;
export const RED_MIN = 60;
/** A signal worth this much puts a 战略合作伙伴 or 成长型重点客户 at 黄 at least. */
export const LOWER_THRESHOLD_SIGNAL = 15;

/** Orders in a period: a whole number, never negative. */
export const ORDERS_INPUT = quantityInput('count', { min: 0, max: 1e9 });

/** The least drop, in percent, that meets a measured signal (customers/churn: 30% and 20%). */
export const MIN_DROP: Record<MeasuredSignal, number> = { frequency: 30, volume: 20 };

export interface Measure {
  /** Drop against the same months a year before, in tenths of a percent (growth is negative). */
  dropTenths: number;
  met: boolean;
}

function measureValue(signal: MeasuredSignal, text: string): number | null {
  if (signal === 'volume') return revenueFen(text);
  const read = parseNumberInput(text, ORDERS_INPUT);
  return read.ok ? read.value : null;
}

/**
 * A measured signal from the two figures (orders as counts, purchases in fen, so exact):
 * met when (上年同期 − 近 3 个月) × 100 ≥ the chapter's percent × 上年同期 ("下降 30% 以上"
 * counts 30% itself); null without both figures or with nothing a year before.
 */
export function measureOf(customer: Customer, signal: MeasuredSignal): Measure | null {
  const fields = MEASURE_FIELDS[signal];
  const recent = measureValue(signal, customer[fields.recent]);
  const prior = measureValue(signal, customer[fields.prior]);
  if (recent === null || prior === null || prior <= 0) return null;
  const drop = prior - recent;
  return {
    dropTenths: Math.round((drop * 1000) / prior),
    met: drop * 100 >= MIN_DROP[signal] * prior,
  };
}

/** Tenths of a percent as a change: 615 → 下降 61.5%, -100 → 增长 10%. */
export function formatDrop(tenths: number): { down: boolean; percent: string } {
  const abs = Math.abs(tenths);
  const text = `${Math.floor(abs / 10)}${abs % 10 ? `.${abs % 10}` : ''}%`;
  return { down: tenths >= 0, percent: text };
}

function isMeasured(signal: Signal): signal is MeasuredSignal {
  return signal in MEASURE_FIELDS;
}

/** The signals that count: a measured signal by its figures when both are given, else as ticked. */
export function signalsOf(customer: Customer): Signal[] {
  return SIGNALS.filter((s) => {
    const measure = isMeasured(s) ? measureOf(customer, s) : null;
    return measure ? measure.met : customer.signals.includes(s);
  });
}

/** The sum of the points of the signals met. */
export function riskPoints(signals: readonly Signal[]): number {
  return [...new Set(signals)].reduce((sum, s) => sum + SIGNAL_POINTS[s], 0);
}

/** 红 / 黄 / 绿 by the points, with the lower threshold for the top two grades. */
export function riskLevel(signals: readonly Signal[], grade: Grade | null): RiskLevel {
  const points = riskPoints(signals);
  if (points >= RED_MIN) return 'red';
  if (points >= YELLOW_MIN) return 'yellow';
  const key = grade === 'A' || grade === 'B';
  return key && signals.some((s) => SIGNAL_POINTS[s] >= LOWER_THRESHOLD_SIGNAL)
    ? 'yellow'
    : 'green';
}

/** 年销售额 in fen (1,234.5 → 123450); null when empty or unreadable. */
export function revenueFen(text: string): number | null {
  const read = parseNumberInput(text, REVENUE_INPUT);
  return read.ok ? Math.round(read.value * 100) : null;
}

/** Fen as the worksheet shows money: 123450 → 1,234.5. */
export function formatFen(fen: number): string {
  const whole = Math.floor(fen / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = fen % 100;
  if (cents === 0) return whole;
  const rest = String(cents).padStart(2, '0');
  return `${whole}.${rest.endsWith('0') ? rest[0] : rest}`;
}

export interface Assessed {
  customer: Customer;
  /** Position in the list (0-based), for labels such as 客户 3. */
  index: number;
  score: number | null;
  grade: Grade | null;
  /** 年销售额 in fen; null when empty or unreadable. */
  revenue: number | null;
  /** The 年销售额 was typed but cannot be read. */
  revenueBad: boolean;
  /** The signals that count (signalsOf). */
  signals: Signal[];
  points: number;
  level: RiskLevel;
  /** 黄 or 红 without a 挽回措施, owner or date. */
  actionMissing: boolean;
}

/** A customer's grade and risk, worked out again only when the customer or its place changes. */
export const assess = remembered(assessNow);

function assessNow(customer: Customer, index: number): Assessed {
  const grade = gradeOf(customer);
  const revenue = revenueFen(customer.revenue);
  const signals = signalsOf(customer);
  const level = riskLevel(signals, grade);
  return {
    customer,
    index,
    score: weightedScore(customer),
    grade,
    revenue,
    revenueBad: revenue === null && customer.revenue.trim() !== '',
    signals,
    points: riskPoints(signals),
    level,
    actionMissing:
      level !== 'green' &&
      (!customer.action.trim() || !customer.owner.trim() || !customer.due.trim()),
  };
}

/** A customer that holds anything (a blank row is not counted anywhere). */
export function isFilled(c: Customer): boolean {
  return Boolean(
    c.name.trim() ||
    c.revenue.trim() ||
    DIMENSIONS.some((d) => c[d].trim()) ||
    c.signals.length ||
    c.orders3m.trim() ||
    c.ordersPrior.trim() ||
    c.purchase3m.trim() ||
    c.purchasePrior.trim() ||
    c.action.trim(),
  );
}

export function assessAll(customers: readonly Customer[]): Assessed[] {
  return customers.map(assess).filter((a) => isFilled(a.customer));
}

export interface Tier {
  grade: Grade;
  count: number;
  /** 年销售额 of the tier, in fen. */
  revenue: number;
  /** Share of the graded customers' 年销售额 in percent with one decimal; null with no revenue. */
  share: number | null;
}

export interface Pyramid {
  tiers: Tier[];
  graded: number;
  /** 年销售额 of all graded customers, in fen. */
  revenue: number;
  /** Filled customers not graded yet (a dimension unscored). */
  ungraded: number;
}

/** Customers and 年销售额 per grade, shares adding up to exactly 100.0%. */
export function pyramid(assessed: readonly Assessed[]): Pyramid {
  const graded = assessed.filter((a) => a.grade !== null);
  const tiers = GRADES.map((grade) => {
    const inTier = graded.filter((a) => a.grade === grade);
    return {
      grade,
      count: inTier.length,
      revenue: inTier.reduce((sum, a) => sum + (a.revenue ?? 0), 0),
      share: null as number | null,
    };
  });
  const revenue = tiers.reduce((sum, t) => sum + t.revenue, 0);
  const shares = allocate(
    100,
    tiers.map((t) => t.revenue),
    1,
  );
  if (shares.ok) tiers.forEach((t, i) => (t.share = shares.parts[i]!));
  return {
    tiers,
    graded: graded.length,
    revenue,
    ungraded: assessed.length - graded.length,
  };
}

/** A customer's name as compared: full-width → half-width, spaces trimmed and collapsed, case ignored. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Names that occur more than once (as first written), with how often. */
export function duplicateNames(names: readonly string[]): { name: string; count: number }[] {
  const seen = new Map<string, { name: string; count: number }>();
  for (const name of names) {
    const key = normalizeName(name);
    if (!key) continue;
    const entry = seen.get(key);
    if (entry) entry.count++;
    else seen.set(key, { name: name.trim(), count: 1 });
  }
  return [...seen.values()].filter((e) => e.count > 1);
}

export type GradeFilter = Grade | 'none' | 'all';
export type LevelFilter = RiskLevel | 'all';
export type SortKey = 'name' | 'revenue' | 'score' | 'risk';
export type SortDirection = 'ascending' | 'descending';

export interface ListOptions {
  grade: GradeFilter;
  level: LevelFilter;
  sort: SortKey;
  direction: SortDirection;
}

export const DEFAULT_LIST: ListOptions = {
  grade: 'all',
  level: 'all',
  sort: 'risk',
  direction: 'descending',
};

const collator = new Intl.Collator('zh-CN');

function sortValue(a: Assessed, key: SortKey): number | string | null {
  switch (key) {
    case 'name':
      return a.customer.name.trim() || null;
    case 'revenue':
      return a.revenue;
    case 'score':
      return a.score;
    case 'risk':
      return a.points;
  }
}

/** The list view: filtered by grade and risk level, sorted (empty values last, ties in list order). */
export function listView(assessed: readonly Assessed[], options: ListOptions): Assessed[] {
  const sign = options.direction === 'ascending' ? 1 : -1;
  return assessed
    .filter(
      (a) =>
        (options.grade === 'all' ||
          (options.grade === 'none' ? a.grade === null : a.grade === options.grade)) &&
        (options.level === 'all' || a.level === options.level),
    )
    .sort((x, y) => {
      const a = sortValue(x, options.sort);
      const b = sortValue(y, options.sort);
      if (a === null || b === null) return a === b ? x.index - y.index : a === null ? 1 : -1;
      const order =
        typeof a === 'string' && typeof b === 'string' ? collator.compare(a, b) : +a - +b;
      return order * sign || x.index - y.index;
    });
}

export interface MergedRow {
  assessed: Assessed;
  /** Which list (0-based) the customer comes from. */
  list: number;
  /** How many lists name this customer; more than 1 is flagged in 汇总. */
  lists: number;
}

/**
 * A team's lists as one (汇总): every filled customer with the list it comes from and how many
 * lists name it (names compared with normalizeName; unnamed customers are never the same).
 */
export function mergeLists(lists: readonly (readonly Customer[])[]): {
  rows: MergedRow[];
  /** Customers named in more than one list, as first written. */
  shared: string[];
} {
  const rows = lists.flatMap((customers, list) =>
    assessAll(customers).map((assessed) => ({ assessed, list, lists: 0 })),
  );
  const byName = new Map<string, { name: string; lists: Set<number> }>();
  for (const row of rows) {
    const key = normalizeName(row.assessed.customer.name);
    if (!key) continue;
    const entry = byName.get(key) ?? { name: row.assessed.customer.name.trim(), lists: new Set() };
    entry.lists.add(row.list);
    byName.set(key, entry);
  }
  for (const row of rows)
    row.lists = byName.get(normalizeName(row.assessed.customer.name))?.lists.size ?? 1;
  return {
    rows,
    shared: [...byName.values()].filter((e) => e.lists.size > 1).map((e) => e.name),
  };
}

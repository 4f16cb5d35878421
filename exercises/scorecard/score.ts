/**
 * Scoring a 绩效计分卡, exactly. Every typed number is a decimal; it is read into a fraction of
 * two big integers (1,234.5 → 12345/10), so attainment, caps, thresholds and weights compare
 * and add without binary rounding. Scores are kept in hundredths of a point (8300 = 83.00 分):
 * each indicator's score, each category's and the total are rounded half up to two decimals,
 * the category from the rounded indicator scores and the total from the rounded category
 * scores, as a score sheet on paper would be added up. Pure: no DOM, no storage.
 *
 * Rules (`Rule`): linear — score = attainment × 100, at most the cap (封顶, e.g. 120%);
 * threshold — the same, but 0 below the threshold (门槛); manual — the 实际值 is the score,
 * 1–100. Attainment is 实际值 ÷ 目标值, or 目标值 ÷ 实际值 for a lower-is-better indicator
 * (费用率), where an actual of 0 reaches the cap.
 */
import { parseNumberInput, quantityInput, type ParseNumberOptions } from '../core/numbers';
import type { Category, Indicator, Member, ScorecardData } from './schema';
import type { CategoryKey } from './shape';
import { CATEGORY_NAME, ISSUE } from './strings';

// ——— The input rule of each field (core/numbers.ts) ———

/** 目标值 / 实际值: a plain figure, or one typed with % (毛利率 25%) or a currency mark. */
export const VALUE_INPUT: ParseNumberOptions = { ...quantityInput('percent'), allowCurrency: true };
/** 权重: percent of the category or of the total, 0–100. */
export const WEIGHT_INPUT = quantityInput('percent', { max: 100 });
/** 封顶: 100%–1000%. */
export const CAP_INPUT = quantityInput('percent', { min: 100, max: 1000 });
/** 门槛: 0%–100%. */
export const THRESHOLD_INPUT = quantityInput('percent', { max: 100 });
/** 手动评分: 1–100. */
export const MANUAL_INPUT = quantityInput('number', { min: 1, max: 100 });

// ——— Exact fractions ———

/** n / d with d > 0. */
export interface Fraction {
  n: bigint;
  d: bigint;
}

const ZERO: Fraction = { n: 0n, d: 1n };
const HUNDRED: Fraction = { n: 100n, d: 1n };

/** The exact value of a number read from typed text (its shortest decimal form). */
export function fraction(value: number): Fraction {
  const [mantissa = '0', exponent = '0'] = String(Math.abs(value)).split('e');
  const [int = '0', frac = ''] = mantissa.split('.');
  let n = BigInt(int + frac);
  let d = 10n ** BigInt(frac.length);
  const exp = Number(exponent);
  if (exp > 0) n *= 10n ** BigInt(exp);
  else d *= 10n ** BigInt(-exp);
  return { n: value < 0 ? -n : n, d };
}

const add = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const mul = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.n, d: a.d * b.d });
const div = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d, d: a.d * b.n });
const cmp = (a: Fraction, b: Fraction): number => {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
};

/** A non-negative fraction in hundredths, rounded half up (83.125 → 8313). */
export function hundredths(f: Fraction): number {
  return Number((f.n * 200n + f.d) / (2n * f.d));
}

/** Hundredths as text with two decimals: 8300 → «83.00», 9999 → «99.99». */
export function formatHundredths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A weight total as typed (exact, no trailing zeros): 100, 99.99, 100.5. */
export function formatExact(f: Fraction): string {
  const h = hundredths(f);
  const text = formatHundredths(h);
  return text.replace(/\.00$/, '').replace(/(\.\d)0$/, '$1');
}

function read(text: string, options: ParseNumberOptions): Fraction | null | 'invalid' {
  const result = parseNumberInput(text, options);
  if (result.ok) return fraction(result.value);
  return result.reason === 'empty' ? null : 'invalid';
}

// ——— One indicator ———

export type IndicatorScore =
  | {
      status: 'scored';
      /** Hundredths of a point. */
      score: number;
      /** Hundredths of a percent; null for a manual score. */
      attainment: number | null;
      capped: boolean;
      belowThreshold: boolean;
    }
  /** Nothing to score yet: no 实际值 (or no 目标值). */
  | { status: 'pending' }
  /** Something typed cannot be used; `message` says what (a field's own error shows beside it). */
  | { status: 'invalid'; message?: string };

/** The score of `indicator` for the 实际值 `actual` (text as typed). */
export function scoreIndicator(indicator: Indicator, actual: string): IndicatorScore {
  if (indicator.rule === 'manual') {
    const value = read(actual, MANUAL_INPUT);
    if (value === null) return { status: 'pending' };
    if (value === 'invalid') return { status: 'invalid', message: ISSUE.manualRange };
    return {
      status: 'scored',
      score: hundredths(value),
      attainment: null,
      capped: false,
      belowThreshold: false,
    };
  }
  const target = read(indicator.target, VALUE_INPUT);
  const value = read(actual, VALUE_INPUT);
  const cap = read(indicator.cap, CAP_INPUT);
  const threshold =
    indicator.rule === 'threshold' ? read(indicator.threshold, THRESHOLD_INPUT) : ZERO;
  if (target === 'invalid' || value === 'invalid' || cap === 'invalid' || threshold === 'invalid')
    return { status: 'invalid' };
  if (cap === null) return { status: 'invalid', message: ISSUE.noCap };
  if (threshold === null) return { status: 'invalid', message: ISSUE.noThreshold };
  if (cmp(cap, threshold) < 0) return { status: 'invalid', message: ISSUE.capBelowThreshold };
  if (target !== null && target.n <= 0n) return { status: 'invalid', message: ISSUE.target };
  if (target === null || value === null) return { status: 'pending' };

  // Attainment in percent; lower-is-better turns the ratio round (an actual of 0 reaches the cap).
  const attainment: Fraction | null =
    indicator.direction === 'lower'
      ? value.n === 0n
        ? null
        : mul(div(target, value), HUNDRED)
      : mul(div(value, target), HUNDRED);
  const capped = attainment === null || cmp(attainment, cap) > 0;
  const belowThreshold = attainment !== null && cmp(attainment, threshold) < 0;
  const score = belowThreshold ? 0 : hundredths(capped ? cap : (attainment as Fraction));
  return {
    status: 'scored',
    score,
    attainment: attainment === null ? null : hundredths(attainment),
    capped,
    belowThreshold,
  };
}

// ——— Weights ———

export interface WeightTotal {
  /** The exact sum of the weights that read as numbers, in percent. */
  total: Fraction;
  /** Every weight reads and they add up to exactly 100. */
  ok: boolean;
}

function weightTotal(weights: readonly string[]): WeightTotal {
  let total = ZERO;
  let readable = true;
  for (const text of weights) {
    const w = read(text, WEIGHT_INPUT);
    if (w === 'invalid') readable = false;
    else if (w !== null) total = add(total, w);
  }
  return { total, ok: readable && cmp(total, HUNDRED) === 0 };
}

export const categoryWeightTotal = (data: ScorecardData): WeightTotal =>
  weightTotal(data.categories.map((c) => c.weight));

export const indicatorWeightTotal = (category: Category): WeightTotal =>
  weightTotal(category.indicators.map((i) => i.weight));

/** The card's warnings (weights that do not total 100%, a weighted category with no indicator). */
export function cardIssues(data: ScorecardData): string[] {
  const issues: string[] = [];
  const top = categoryWeightTotal(data);
  if (!top.ok) issues.push(ISSUE.categoryWeights(formatExact(top.total)));
  for (const category of data.categories) {
    const name = CATEGORY_NAME[category.key];
    const weight = read(category.weight, WEIGHT_INPUT);
    if (category.indicators.length === 0) {
      if (weight !== null && weight !== 'invalid' && weight.n > 0n)
        issues.push(ISSUE.emptyCategory(name));
      continue;
    }
    const inner = indicatorWeightTotal(category);
    if (!inner.ok) issues.push(ISSUE.indicatorWeights(name, formatExact(inner.total)));
  }
  return issues;
}

// ——— One member ———

export interface CategoryScore {
  key: CategoryKey;
  indicators: IndicatorScore[];
  /** Hundredths of a point, or null until every indicator in it is scored. */
  score: number | null;
}

export interface MemberScore {
  categories: CategoryScore[];
  /** 综合得分 in hundredths of a point, or null until every weighted category is scored. */
  total: number | null;
}

export function actualOf(member: Member, indicatorId: string): string {
  return member.actuals.find((a) => a.indicator === indicatorId)?.value ?? '';
}

/** Σ score × weight ÷ 100 over rows, rounded to hundredths; null when a weighted row is unscored. */
function weighted(rows: { score: number | null; weight: string }[]): number | null {
  let sum = ZERO;
  for (const row of rows) {
    const w = read(row.weight, WEIGHT_INPUT);
    if (w === 'invalid') return null;
    if (w === null || w.n === 0n) continue;
    if (row.score === null) return null;
    sum = add(sum, mul({ n: BigInt(row.score), d: 100n }, w));
  }
  return hundredths(div(sum, HUNDRED));
}

export function scoreMember(data: ScorecardData, member: Member): MemberScore {
  const categories = data.categories.map((category): CategoryScore => {
    const indicators = category.indicators.map((i) => scoreIndicator(i, actualOf(member, i.id)));
    const score =
      category.indicators.length === 0
        ? null
        : weighted(
            category.indicators.map((i, n) => {
              const s = indicators[n];
              return { score: s?.status === 'scored' ? s.score : null, weight: i.weight };
            }),
          );
    return { key: category.key, indicators, score };
  });
  const total =
    categories.length === 0
      ? null
      : weighted(
          categories.map((c, n) => ({ score: c.score, weight: data.categories[n]!.weight })),
        );
  return { categories, total };
}

// ——— The team ———

export interface Ranked {
  index: number;
  name: string;
  total: number | null;
  /** 1 for the highest; equal totals share a place (1, 1, 3); null while unscored. */
  rank: number | null;
  categories: (number | null)[];
}

/** Members by 综合得分, highest first; unscored members last, in their order. */
export function ranking(data: ScorecardData, fallbackName: (n: number) => string): Ranked[] {
  const rows = data.members.map((m, index) => {
    const s = scoreMember(data, m);
    return {
      index,
      name: m.name.trim() || fallbackName(index + 1),
      total: s.total,
      rank: null as number | null,
      categories: s.categories.map((c) => c.score),
    };
  });
  const scored = rows.filter((r) => r.total !== null).sort((a, b) => b.total! - a.total!);
  scored.forEach((r, i) => {
    const prev = scored[i - 1];
    r.rank = prev && prev.total === r.total ? prev.rank : i + 1;
  });
  return [...scored, ...rows.filter((r) => r.total === null)];
}

/** Score bands of the distribution view, highest first: [lowest score, in hundredths]. */
export const BANDS = [9000, 8000, 7000, 6000, 0] as const;

/** How many members fall in each band (90 分及以上, 80–89.99, …, 60 分以下), with their names. */
export function distribution(rows: readonly Ranked[]): { from: number; names: string[] }[] {
  return BANDS.map((from, i) => {
    const below = i === 0 ? Infinity : BANDS[i - 1]!;
    return {
      from,
      names: rows
        .filter((r) => r.total !== null && r.total >= from && r.total < below)
        .map((r) => r.name),
    };
  });
}

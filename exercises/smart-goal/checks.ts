/**
 * The S/M/A/R/T checks and the composed goal statement: what the results part of the form
 * shows (loaded with it, not with the island), 汇总 and the export. Pure: no DOM, no storage.
 */
import { addYears, daysBetween, formatChineseDate, isIsoDate } from '../core/dates';
import { formatNumber, roundTo } from '../core/numbers';
import { spaceCjk } from '../core/text';
import { amountKind } from './cascade';
import { CHECK, STATEMENT } from './checks-strings';
import {
  AMOUNT_DECIMALS,
  formatAmount,
  isPercentUnit,
  readAmounts,
  type Amounts,
  type exampleLeftovers,
  type SmartGoalData,
} from './model';
import { FIELD } from './strings';

/**
 * Relative change in percent, unrounded. Null when a percentage says nothing sensible: from a
 * baseline that shows as 0 (0.000001 家 would otherwise grow by 3,499,999,900 %), or when either
 * figure is negative (−50 → 20 万元 is 扭亏为盈, not 「增幅 140%」).
 */
export function exactChangePercent(baseline: number, target: number): number | null {
  if (roundTo(baseline, AMOUNT_DECIMALS) <= 0 || target < 0) return null;
  return ((target - baseline) / baseline) * 100;
}

/** Decimals a change in percent is shown with: 150, 7.5, 0.25. */
function percentDigits(p: number): number {
  const abs = Math.abs(p);
  return abs >= 10 ? 0 : abs >= 1 ? 1 : 2;
}

/** Relative change as a percent rounded sensibly: 75, 7.5, 0.25, 150 (null: see above). */
export function changePercent(baseline: number, target: number): number | null {
  const p = exactChangePercent(baseline, target);
  return p === null ? null : roundTo(p, percentDigits(p));
}

/**
 * A change in percent as shown: rounded sensibly, with more digits when rounding would land
 * on the other side of `limit` (100.4% is over 100%, so it never shows as 100%).
 */
function percentText(p: number, limit = BIG_GROWTH_PERCENT): string {
  let digits = percentDigits(p);
  while (digits < 6 && roundTo(Math.abs(p), digits) > limit !== Math.abs(p) > limit) digits++;
  return `${formatNumber(Math.abs(p), { maximumFractionDigits: digits })}%`;
}

/** Growth above this many percent asks for evidence (可实现性依据). */
export const BIG_GROWTH_PERCENT = 100;
/**
 * For rates (unit %) ambition is judged on percentage points, not on the relative change:
 * 20% → 45% is +25 个百分点, not 「增幅 125%」. Rates a sales team sets goals on (毛利率, 转化率,
 * 流失率, 市场份额) move a few points a year; more than 10 points within one goal period is a
 * step change and asks for evidence, as growth above 100% does for amounts.
 */
export const BIG_GROWTH_POINTS = 10;

/** A change in the unit, without its sign: 70 万元, 4 个百分点 (for %). */
function amountChangeText(baseline: number, target: number, unit: string): string {
  const diff = Math.abs(target - baseline);
  return isPercentUnit(unit)
    ? STATEMENT.points(formatNumber(diff, { maximumFractionDigits: AMOUNT_DECIMALS }))
    : formatAmount(diff, unit);
}

/** 扭亏为盈 for money, 由负转正 otherwise, when a negative baseline ends above 0. */
function crossingText(baseline: number, target: number, unit: string): string {
  if (!(baseline < 0 && target > 0)) return '';
  return amountKind(unit) === 'money' ? CHECK.A.lossToProfit : CHECK.A.negativeToPositive;
}

// ——— The S/M/A/R/T checks ———

export type CheckStatus = 'ok' | 'warn' | 'missing';
export interface LetterCheck {
  status: CheckStatus;
  reason: string;
}
export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';
export type SmartCheck = Record<SmartLetter, LetterCheck>;
export const LETTERS: readonly SmartLetter[] = ['S', 'M', 'A', 'R', 'T'];

/** Words that promise effort without a figure. */
export const VAGUE_WORDS = [
  '提升',
  '提高',
  '加强',
  '努力',
  '争取',
  '尽量',
  '尽可能',
  '改善',
  '优化',
  '大力',
  '进一步',
  '增加',
  '扩大',
  '做好',
  '力争',
  '更多',
  '一些',
  '做得更好',
  '更好',
];
/**
 * Words that state an attitude, not a result: flagged even next to a figure
 * (「努力新签 15 家」 commits to trying, not to 15 家).
 */
export const HEDGE_WORDS = ['努力', '争取', '尽量', '尽可能', '力争', '做得更好', '更好'];
/** Fewer characters than this is not a description yet. */
export const MIN_SPECIFIC_LENGTH = 10;

const CN_DIGITS = '零〇一二两三四五六七八九十百千万亿';
/**
 * Figures that say when, not how much: dates (2027-03-31, 2027/3), clock times, years,
 * quarters, months, days and spans (2027 年, 第三季度, 三个月, 24 小时), and period codes
 * (FY2027, Q2, H1). Matched on NFKC text, so full-width digits count too.
 */
const TIME_FIGURE = new RegExp(
  [
    String.raw`\d{4}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{1,2})?`,
    String.raw`\d{1,2}:\d{2}`,
    String.raw`第?\s*[\d${CN_DIGITS}]+\s*(?:个\s*)?(?:年度|财年|年|季度|月份|月|周|星期|日|号|天|小时|分钟|点钟)`,
    String.raw`\b(?:FY|Q|H)\s*\d+`,
  ].join('|'),
  'gi',
);
/** Names with digits in them, not quantities: B2B, O2O, 5G, 4S 店. */
const CODE_WORD = /[A-Za-z]+\d+[A-Za-z\d]*|\d+[A-Z]+\b/g;
/** A quantity: any other Arabic figure, or a Chinese numeral with a unit (十五家, 两成). */
const HAS_QUANTITY = new RegExp(
  String.raw`\d|[${CN_DIGITS}]+\s*(?:个|家|件|位|名|成|倍|%|万|亿|元|次|项|台|套|户|人|场|单|条|款|辆|份|张|箱|笔|吨)`,
);

const ok = (reason: string): LetterCheck => ({ status: 'ok', reason });
const warn = (reason: string): LetterCheck => ({ status: 'warn', reason });
const missing = (reason: string): LetterCheck => ({ status: 'missing', reason });

/** The word of `words` that comes first in `text` (the longer one at the same place). */
function firstWord(text: string, words: readonly string[]): string | undefined {
  return words
    .filter((w) => text.includes(w))
    .sort((a, b) => text.indexOf(a) - text.indexOf(b) || b.length - a.length)[0];
}

/**
 * The checks of a goal written as one sentence (SMART's 具体描述, a phase goal of the 90-day
 * plan): something to check (missing), long enough (tooShort), a quantity and not only a time
 * or a vague word, no words of attitude. `status: 'ok'` means the sentence is measurable.
 */
export function checkSentence(sentence: string): LetterCheck {
  const text = sentence.normalize('NFKC').trim();
  if (!text) return missing(CHECK.S.missing);
  if ([...text].length < MIN_SPECIFIC_LENGTH) return warn(CHECK.S.tooShort);
  const time = text.match(TIME_FIGURE)?.[0]?.trim();
  const rest = text.replace(TIME_FIGURE, ' ').replace(CODE_WORD, ' ');
  if (!HAS_QUANTITY.test(rest)) {
    const vague = firstWord(text, VAGUE_WORDS);
    if (vague) return warn(CHECK.S.vague(vague));
    return warn(time ? CHECK.S.timeOnly(time) : CHECK.S.noNumber);
  }
  const hedge = firstWord(text, HEDGE_WORDS);
  return hedge ? warn(CHECK.S.hedge(hedge)) : ok(CHECK.S.ok);
}

function checkSpecific(data: SmartGoalData): LetterCheck {
  return checkSentence(data.specific);
}

function checkMeasurable(data: SmartGoalData, amounts: Amounts): LetterCheck {
  const absent: string[] = [];
  if (!data.metric.trim()) absent.push(FIELD.metric);
  if (!data.baseline.trim()) absent.push(FIELD.baseline);
  if (!data.target.trim()) absent.push(FIELD.target);
  if (!amounts.unit) absent.push(FIELD.unit);
  if (absent.length) return missing(CHECK.M.missing(absent.join('、')));
  if (amounts.baseline === null) return warn(CHECK.M.invalid(FIELD.baseline));
  if (amounts.target === null) return warn(CHECK.M.invalid(FIELD.target));
  const from = formatAmount(amounts.baseline, amounts.unit);
  const to = formatAmount(amounts.target, amounts.unit);
  return ok(spaceCjk(CHECK.M.ok(data.metric.trim(), from, to)));
}

function checkAchievable(data: SmartGoalData, amounts: Amounts): LetterCheck {
  const { baseline: b, target: t, unit } = amounts;
  if (b === null || t === null) return missing(CHECK.A.needNumbers);
  if (t === b) return ok(CHECK.A.keep(formatAmount(t, unit)));
  const evidence = data.achievability.trim() !== '';
  const increase = data.direction === 'increase';
  if (increase && t < b) return warn(CHECK.A.notAbove);
  if (!increase && t > b) return warn(CHECK.A.notBelow);
  const withEvidence = (change: string) => (evidence ? ok(CHECK.A.okWithEvidence(change)) : null);

  // Rates: the change in percentage points, as the statement says it.
  if (isPercentUnit(unit)) {
    const points = Math.abs(t - b);
    const shown = formatNumber(points, { maximumFractionDigits: AMOUNT_DECIMALS });
    if (!increase) {
      return withEvidence(CHECK.A.pointsDown(shown)) ?? ok(`${CHECK.A.pointsDown(shown)}。`);
    }
    return (
      withEvidence(CHECK.A.pointsUp(shown)) ??
      (points > BIG_GROWTH_POINTS
        ? warn(CHECK.A.bigPoints(shown, BIG_GROWTH_POINTS))
        : ok(CHECK.A.okPoints(shown)))
    );
  }

  const pct = exactChangePercent(b, t);
  // A negative figure: the change in the unit (增加 70 万元（扭亏为盈）).
  if (pct === null && (b < 0 || t < 0)) {
    const crossing = crossingText(b, t, unit);
    const amount = amountChangeText(b, t, unit);
    const change = increase ? CHECK.A.up(amount, crossing) : CHECK.A.down(amount);
    if (evidence) return ok(CHECK.A.okWithEvidence(change));
    return increase ? warn(CHECK.A.negativeBase(change)) : ok(`${change}。`);
  }
  if (increase) {
    if (pct === null) return withEvidence(CHECK.A.growth('—')) ?? warn(CHECK.A.fromZero);
    const shown = percentText(pct);
    return (
      withEvidence(CHECK.A.growth(shown)) ??
      (pct > BIG_GROWTH_PERCENT ? warn(CHECK.A.bigGrowth(shown)) : ok(CHECK.A.okGrowth(shown)))
    );
  }
  const drop = pct === null ? '—' : percentText(pct);
  return withEvidence(CHECK.A.decrease(drop)) ?? ok(CHECK.A.okDecrease(drop));
}

function checkRelevant(data: SmartGoalData): LetterCheck {
  const parent = data.parentGoal.trim();
  return parent ? ok(CHECK.R.ok(parent)) : missing(CHECK.R.missing);
}

function checkTimeBound(data: SmartGoalData, today: string): LetterCheck {
  const deadline = data.deadline.trim();
  if (!deadline) return missing(CHECK.T.missing);
  if (!isIsoDate(deadline)) return warn(CHECK.T.invalid);
  if (deadline < today) return warn(CHECK.T.past);
  if (deadline > addYears(today, 2)) return warn(CHECK.T.tooFar);
  let previous: { n: number; date: string } | null = null;
  for (const [i, m] of data.milestones.entries()) {
    const n = i + 1;
    const date = m.date.trim();
    if (!date && !m.description.trim()) continue;
    if (!isIsoDate(date)) return warn(CHECK.T.milestoneNoDate(n));
    // A milestone already behind us belongs to a goal in progress: only the deadline must lie ahead.
    if (date > deadline) return warn(CHECK.T.milestoneAfterDeadline(n));
    if (previous && date < previous.date) return warn(CHECK.T.milestoneOrder(n, previous.n));
    previous = { n, date };
  }
  const days = daysBetween(today, deadline);
  const shown = formatChineseDate(deadline);
  return ok(days === 0 ? CHECK.T.okToday(shown) : CHECK.T.ok(shown, days));
}

/** The five checks, each with a status and a reason in Chinese. `today` is YYYY-MM-DD. */
export function checkSmart(data: SmartGoalData, today: string): SmartCheck {
  const amounts = readAmounts(data);
  return {
    S: checkSpecific(data),
    M: checkMeasurable(data, amounts),
    A: checkAchievable(data, amounts),
    R: checkRelevant(data),
    T: checkTimeBound(data, today),
  };
}

// ——— The goal statement ———

/**
 * One sentence: 「在 2027 年 3 月 31 日前，将华东区新客户数从 20 家提升到 35 家（+75%），
 * 以支撑公司年度增长战略。」 Parts that are not filled in are left out; '' when there is
 * nothing to say yet.
 */
export function composeStatement(data: SmartGoalData): string {
  const { baseline, target, unit } = readAmounts(data);
  const subject = data.metric.trim() || data.name.trim();
  if (!subject && target === null) return '';
  const deadline = isIsoDate(data.deadline.trim())
    ? STATEMENT.deadline(formatChineseDate(data.deadline.trim()))
    : '';
  const verb = data.direction === 'decrease' ? STATEMENT.decreaseVerb : STATEMENT.increaseVerb;
  let core: string;
  if (target === null) {
    core = STATEMENT.complete(subject);
  } else {
    const who = subject || STATEMENT.fallbackSubject;
    const to = formatAmount(target, unit);
    if (baseline === null) {
      core = `将${who}${verb}到${to}`;
    } else if (baseline === target) {
      core = STATEMENT.keep(who, to);
    } else {
      const from = formatAmount(baseline, unit);
      core = `将${who}从${from}${verb}到${to}${changeNote(baseline, target, unit)}`;
    }
  }
  const parent = data.parentGoal.trim();
  const support = parent ? STATEMENT.support(parent.replace(/^(?:以)?支撑/, '')) : '';
  return spaceCjk(`${deadline}${core}${support}。`);
}

/**
 * （+75%）; （−4 个百分点） for rates; in the unit when a figure is negative
 * （+70 万元，扭亏为盈）; nothing from a baseline that shows as 0.
 */
function changeNote(baseline: number, target: number, unit: string): string {
  if (baseline === target) return '';
  const sign = target > baseline ? '+' : '−';
  if (isPercentUnit(unit)) return `（${sign}${amountChangeText(baseline, target, unit)}）`;
  const pct = exactChangePercent(baseline, target);
  if (pct !== null) return `（${sign}${percentText(pct)}）`;
  if (baseline >= 0 && target >= 0) return '';
  const crossing = crossingText(baseline, target, unit);
  return `（${sign}${amountChangeText(baseline, target, unit)}${crossing ? `，${crossing}` : ''}）`;
}

/** The leftovers by name, for the checks and 汇总: 单位、关联的上级目标、里程碑 1 … */
export function exampleLabels(left: ReturnType<typeof exampleLeftovers>): string[] {
  return [
    ...left.fields.map((f) => FIELD[f]),
    ...left.milestones.map((i) => CHECK.exampleMilestone(i + 1)),
    ...left.members.map((i) => CHECK.exampleMember(i + 1)),
  ];
}

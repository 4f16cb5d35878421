/**
 * The checks of a 90 天行动计划: each phase needs a measurable goal (every goal is checked with
 * SMART's sentence check, reused from smart-goal/checks.ts); a goal's deadline is its phase's
 * end, so a 「第 N 天」 it names must lie in its phase; every action's 完成日期 and each 复盘日期
 * must fall inside its phase. Pure; loaded with the part that shows them.
 */
import { formatChineseDate, isIsoDate } from '../core/dates';
import { checkSentence } from '../smart-goal/checks';
import { CHECKS as T } from './checks-strings';
import { phaseRanges, type ActionPlanData, type PhaseRange } from './model';
import { PHASE_DAYS } from './shape';
import { PHASES } from './strings';

export interface PlanWarning {
  /** Index of the phase it is about, or null for the whole plan. */
  phase: number | null;
  message: string;
}

/** True when a goal sentence passes the sentence check: it says how much, not only how hard. */
export function isMeasurable(goal: string): boolean {
  return checkSentence(goal).status === 'ok';
}

function rangeText(range: PhaseRange): string {
  return T.range(formatChineseDate(range.from), formatChineseDate(range.to));
}

/** A day of the plan named in a goal sentence: 「第 60 天前」 (full-width digits too). */
const NAMED_DAY = /第\s*(\d+)\s*天/g;

/** The first day a goal sentence names that lies outside phase `p`, or null. */
export function dayOutsidePhase(goal: string, p: number): number | null {
  const first = p * PHASE_DAYS + 1;
  const last = first + PHASE_DAYS - 1;
  for (const match of goal.normalize('NFKC').matchAll(NAMED_DAY)) {
    const day = Number(match[1]);
    if (day < first || day > last) return day;
  }
  return null;
}

/** Where a date lies against its phase: inside, outside, not a date; null when not typed. */
function placeDate(date: string, range: PhaseRange | undefined): 'in' | 'out' | 'bad' | null {
  const d = date.trim();
  if (!d) return null;
  if (!isIsoDate(d)) return 'bad';
  if (!range) return null;
  return d >= range.from && d <= range.to ? 'in' : 'out';
}

/** Everything in the plan that needs attention, in the order of the form. */
export function planWarnings(data: ActionPlanData): PlanWarning[] {
  const ranges = phaseRanges(data.start);
  const out: PlanWarning[] = [];
  if (!ranges) out.push({ phase: null, message: data.start.trim() ? T.badStart : T.noStart });
  data.phases.forEach((phase, p) => {
    const name = PHASES[p].days;
    const range = ranges?.[p];
    const add = (message: string) => out.push({ phase: p, message });
    const written = phase.goals.map((g, i) => ({ i, text: g.text })).filter((g) => g.text.trim());
    if (!written.some((g) => isMeasurable(g.text))) add(T.noMeasurableGoal(name));
    for (const g of written) {
      const check = checkSentence(g.text);
      if (check.status !== 'ok') add(T.goal(name, g.i + 1, check.reason));
      const day = dayOutsidePhase(g.text, p);
      if (day !== null) add(T.goalDayOutside(name, g.i + 1, day));
    }
    phase.actions.forEach((a, i) => {
      const place = placeDate(a.due, range);
      if (place === 'bad') add(T.actionBadDate(name, i + 1));
      if (place === 'out' && range)
        add(T.actionOutside(name, i + 1, formatChineseDate(a.due.trim()), rangeText(range)));
    });
    const review = placeDate(phase.review, range);
    if (review === 'bad') add(T.reviewBadDate(name));
    if (review === 'out' && range)
      add(T.reviewOutside(name, formatChineseDate(phase.review.trim()), rangeText(range)));
  });
  return out;
}

/**
 * The 90 天行动计划 model: defaults, the worked example, the phases' dates and the edits the
 * view performs. The checks (which reuse the SMART sentence check) are in checks.ts and the
 * timeline in timeline.ts; both load with the parts that show them. Pure: no DOM, no storage.
 * Every function that depends on the date takes `today` (YYYY-MM-DD).
 */
import { addDays, daysBetween, isIsoDate } from '../core/dates';
import { plainlyFromExample } from '../core/example-values';
import { LIST_MAX } from '../core/limits';
import type { Action, ActionPlanData, Goal, Phase } from './schema';
import { PHASE_COUNT, PHASE_DAYS, PLAN_DAYS } from './shape';
import { EXAMPLE_TEXT } from './strings';
import { isBlankData } from '../core/document';

export type { Action, ActionPlanData, Goal, Phase } from './schema';

function emptyPhase(): Phase {
  return { goals: [], actions: [], review: '' };
}

export function createData(): ActionPlanData {
  return { start: '', phases: [emptyPhase(), emptyPhase(), emptyPhase()], focus: '' };
}

export function isBlank(data: ActionPlanData): boolean {
  return isBlankData({ createData }, data);
}

// ——— Dates ———

export interface PhaseRange {
  /** First and last day of the phase, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Day numbers of the plan (day 1 is the start date). */
  firstDay: number;
  lastDay: number;
}

/** The three phases' dates from the start date; null while it is not a valid date. */
export function phaseRanges(start: string): PhaseRange[] | null {
  const s = start.trim();
  if (!isIsoDate(s)) return null;
  return Array.from({ length: PHASE_COUNT }, (_, p) => {
    const firstDay = p * PHASE_DAYS + 1;
    const lastDay = firstDay + PHASE_DAYS - 1;
    return { from: addDays(s, firstDay - 1), to: addDays(s, lastDay - 1), firstDay, lastDay };
  });
}

/** Day of the plan on which `date` falls (the start date is day 1), or null for no valid date. */
export function planDay(start: string, date: string): number | null {
  const s = start.trim();
  const d = date.trim();
  if (!isIsoDate(s) || !isIsoDate(d)) return null;
  return daysBetween(s, d) + 1;
}

/** The date of day `day` of the plan. */
export function dateOfDay(start: string, day: number): string {
  return addDays(start.trim(), day - 1);
}

/** Today's day of the plan while the plan runs (1–90); null before, after or without a start. */
export function todayInPlan(start: string, today: string): number | null {
  const day = planDay(start, today);
  return day !== null && day >= 1 && day <= PLAN_DAYS ? day : null;
}

// ——— The worked example ———

/**
 * The worked example of growth/next-steps, as a plan that started 60 days before `today`: the
 * first two phases are done and reviewed, the third is starting.
 */
export function exampleFor(today: string): ActionPlanData {
  const start = addDays(today, -60);
  const phases = EXAMPLE_TEXT.goals.map((text, p): Phase => {
    const [result, cause] = EXAMPLE_TEXT.results[p];
    return {
      goals: [{ text, result, cause }],
      actions: EXAMPLE_TEXT.actions[p].map(([t, owner, day, status]) => ({
        text: t,
        owner,
        due: dateOfDay(start, day),
        status,
      })),
      review: dateOfDay(start, (p + 1) * PHASE_DAYS),
    };
  });
  return { start, phases: phases as ActionPlanData['phases'], focus: EXAMPLE_TEXT.focus };
}

/** The worked example as the course tells it: started 2027-01-04, today is day 61. */
export const EXAMPLE_TODAY = '2027-03-05';
export const EXAMPLE: ActionPlanData = exampleFor(EXAMPLE_TODAY);

/** What still holds the worked example untouched, as places in the plan (`<phase>-<index>`). */
export interface ExampleLeftovers {
  goals: string[];
  actions: string[];
  results: string[];
  causes: string[];
  focus: boolean;
}

const NO_LEFTOVERS: ExampleLeftovers = {
  goals: [],
  actions: [],
  results: [],
  causes: [],
  focus: false,
};
const EXAMPLE_ACTIONS: readonly string[] = EXAMPLE_TEXT.actions.flat().map(([text]) => text);
const EXAMPLE_RESULTS: readonly string[] = EXAMPLE_TEXT.results.flat().filter(Boolean);

/**
 * Goals, actions, 结果/原因 and 下一个 90 天的重点 still as the example (载入示例) wrote them,
 * while the plan plainly came from the example (core/example-values.ts), so a plan that happens
 * to share one action with it is not flagged.
 */
export function exampleLeftovers(data: ActionPlanData): ExampleLeftovers {
  const places = (pick: (phase: Phase, p: number) => string[]) => data.phases.flatMap(pick);
  const goals = places((phase, p) =>
    phase.goals.flatMap((g, i) =>
      (EXAMPLE_TEXT.goals as readonly string[]).includes(g.text) ? [`${p}-${i}`] : [],
    ),
  );
  const actions = places((phase, p) =>
    phase.actions.flatMap((a, i) => (EXAMPLE_ACTIONS.includes(a.text) ? [`${p}-${i}`] : [])),
  );
  const results = places((phase, p) =>
    phase.goals.flatMap((g, i) => (EXAMPLE_RESULTS.includes(g.result) ? [`${p}-${i}`] : [])),
  );
  const causes = places((phase, p) =>
    phase.goals.flatMap((g, i) => (EXAMPLE_RESULTS.includes(g.cause) ? [`${p}-${i}`] : [])),
  );
  const focus = data.focus === EXAMPLE_TEXT.focus;
  const count = goals.length + actions.length + results.length + causes.length + (focus ? 1 : 0);
  return plainlyFromExample({ goals, actions, results, causes, focus }, count, NO_LEFTOVERS);
}

// ——— Edits (the view calls these; each returns new data) ———

function withPhase(
  data: ActionPlanData,
  p: number,
  change: (phase: Phase) => Phase,
): ActionPlanData {
  const phases = data.phases.map((phase, i) => (i === p ? change(phase) : phase));
  return { ...data, phases: phases as ActionPlanData['phases'] };
}

export function setStart(data: ActionPlanData, start: string): ActionPlanData {
  return { ...data, start };
}

export function setFocus(data: ActionPlanData, focus: string): ActionPlanData {
  return { ...data, focus };
}

export function setReview(data: ActionPlanData, p: number, review: string): ActionPlanData {
  return withPhase(data, p, (phase) => ({ ...phase, review }));
}

/** Lists stop at LIST_MAX (core/limits.ts), which the schema checks: what is typed always loads. */
export function addGoal(data: ActionPlanData, p: number): ActionPlanData {
  if (data.phases[p].goals.length >= LIST_MAX) return data;
  return withPhase(data, p, (phase) => ({
    ...phase,
    goals: [...phase.goals, { text: '', result: '', cause: '' }],
  }));
}

export function updateGoal(
  data: ActionPlanData,
  p: number,
  index: number,
  patch: Partial<Goal>,
): ActionPlanData {
  return withPhase(data, p, (phase) => ({
    ...phase,
    goals: phase.goals.map((g, i) => (i === index ? { ...g, ...patch } : g)),
  }));
}

export function removeGoal(data: ActionPlanData, p: number, index: number): ActionPlanData {
  return withPhase(data, p, (phase) => ({
    ...phase,
    goals: phase.goals.filter((_, i) => i !== index),
  }));
}

export function addAction(data: ActionPlanData, p: number): ActionPlanData {
  if (data.phases[p].actions.length >= LIST_MAX) return data;
  return withPhase(data, p, (phase) => ({
    ...phase,
    actions: [...phase.actions, { text: '', owner: '', due: '', status: 'todo' }],
  }));
}

export function updateAction(
  data: ActionPlanData,
  p: number,
  index: number,
  patch: Partial<Action>,
): ActionPlanData {
  return withPhase(data, p, (phase) => ({
    ...phase,
    actions: phase.actions.map((a, i) => (i === index ? { ...a, ...patch } : a)),
  }));
}

export function removeAction(data: ActionPlanData, p: number, index: number): ActionPlanData {
  return withPhase(data, p, (phase) => ({
    ...phase,
    actions: phase.actions.filter((_, i) => i !== index),
  }));
}

/** 汇总 of 90 天行动计划: one participant's start date, goals per phase and next focus. */
import { formatChineseDate, isIsoDate } from '../core/dates';
import { exampleLeftovers } from './model';
import type { ActionPlanData } from './schema';
import { COLLECT, FIELD, PHASES } from './strings';
import { ExampleFlag } from '../collect/ExampleFlag';
import { COLLECT_TEXT as T } from '../collect/strings';

/** The places that still hold the worked example, by name: 第 1–30 天阶段目标 1、… */
function leftoverLabels(plan: ActionPlanData): string[] {
  const left = exampleLeftovers(plan);
  const name = (key: string, label: (days: string, n: number) => string) => {
    const [p, i] = key.split('-').map(Number);
    return label(PHASES[p].days, i + 1);
  };
  const reviews = [...new Set([...left.results, ...left.causes])];
  return [
    ...left.goals.map((k) => name(k, COLLECT.goal)),
    ...left.actions.map((k) => name(k, COLLECT.action)),
    ...reviews.map((k) => name(k, COLLECT.review)),
    ...(left.focus ? [FIELD.focus] : []),
  ];
}

export default function ActionPlanBody({ data }: { data: unknown }) {
  const plan = data as ActionPlanData;
  const start = plan.start.trim();
  const left = leftoverLabels(plan);
  return (
    <>
      <p>
        <strong>{FIELD.start}</strong>：{isIsoDate(start) ? formatChineseDate(start) : T.empty}
      </p>
      {plan.phases.map((phase, p) => {
        const goals = phase.goals.filter((g) => g.text.trim());
        const done = phase.actions.filter((a) => a.status === 'done').length;
        return (
          <div key={p} class="collect-quadrant">
            <h4>
              {PHASES[p].days}：{PHASES[p].name}
            </h4>
            {goals.length ? (
              <ul>
                {goals.map((g, i) => (
                  <li key={i}>{g.text}</li>
                ))}
              </ul>
            ) : (
              <p class="collect-hint">{T.empty}</p>
            )}
            {phase.actions.length > 0 && (
              <p class="collect-hint">{COLLECT.actions(phase.actions.length, done)}</p>
            )}
          </div>
        );
      })}
      <p>
        <strong>{FIELD.focus}</strong>：{plan.focus.trim() || T.empty}
      </p>
      <ExampleFlag left={left} />
    </>
  );
}

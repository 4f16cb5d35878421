/**
 * One phase of the plan: its dates, 阶段目标 (one sentence each), 行动 (负责人, 完成日期, 状态)
 * and 复盘日期. Every field is named for screen readers with its phase and number
 * («第 1–30 天 行动 2 负责人»).
 */
import { useId, useRef } from 'preact/hooks';
import { formatChineseDate } from '../core/dates';
import { TextArea, TextField } from '../core/ui/fields';
import { PaperRows } from '../core/ui/PaperRows';
import { ActionList } from './ActionList';
import {
  addGoal,
  removeGoal,
  setReview,
  updateGoal,
  type ActionPlanData,
  type ExampleLeftovers,
  type PhaseRange,
} from './model';
import { FIELD, FORM, PHASES, phaseName } from './strings';
import { useFocusNew } from './useFocusNew';

interface Props {
  data: ActionPlanData;
  p: number;
  range: PhaseRange | null;
  /** What still holds the worked example (marked beside the field). */
  leftovers: ExampleLeftovers;
  readOnly: boolean;
  onChange(data: ActionPlanData): void;
}

export function PhaseSection({ data, p, range, leftovers, readOnly, onChange }: Props) {
  const id = useId();
  const phase = data.phases[p];
  const days = PHASES[p].days;
  const goals = useFocusNew(phase.goals.length);
  const addGoalButton = useRef<HTMLButtonElement>(null);

  return (
    <section class="ap-section ap-phase" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{phaseName(p)}</h3>
      {range && (
        <p class="ws-hint ap-dates">
          {FORM.dates(formatChineseDate(range.from), formatChineseDate(range.to))}
        </p>
      )}
      <fieldset disabled={readOnly}>
        <legend class="ap-sub">{FORM.goalsHeading}</legend>
        {phase.goals.length === 0 ? (
          <>
            <p class="ws-hint ws-pending">{FORM.noGoals}</p>
            <PaperRows columns={[FIELD.goal]} rows={2} />
          </>
        ) : (
          <ol class="ap-goals" ref={goals.list}>
            {phase.goals.map((g, i) => (
              <li key={i} class="ap-goal">
                <TextArea
                  label={FORM.goalN(i + 1)}
                  srPrefix={days}
                  rows={2}
                  value={g.text}
                  example={leftovers.goals.includes(`${p}-${i}`)}
                  hint={i === 0 ? FORM.goalHint : undefined}
                  onInput={(text) => onChange(updateGoal(data, p, i, { text }))}
                />
                <button
                  type="button"
                  aria-label={FORM.removeGoal(days, i + 1)}
                  onClick={() => {
                    onChange(removeGoal(data, p, i));
                    addGoalButton.current?.focus();
                  }}
                >
                  {FORM.removeShort}
                </button>
              </li>
            ))}
          </ol>
        )}
        <button
          type="button"
          ref={addGoalButton}
          onClick={() => {
            goals.request();
            onChange(addGoal(data, p));
          }}
        >
          {FORM.addGoal}
        </button>
      </fieldset>

      <ActionList data={data} p={p} leftovers={leftovers} readOnly={readOnly} onChange={onChange} />

      <fieldset disabled={readOnly} class="ap-review-date">
        <TextField
          type="date"
          label={FIELD.review}
          srPrefix={days}
          value={phase.review}
          onInput={(review) => onChange(setReview(data, p, review))}
        />
      </fieldset>
    </section>
  );
}

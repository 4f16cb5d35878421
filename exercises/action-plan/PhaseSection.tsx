/**
 * One phase of the plan: its dates, 阶段目标 (one sentence each), 行动 (负责人, 完成日期, 状态)
 * and 复盘日期. Every field is named for screen readers with its phase and number
 * («第 1–30 天 行动 2 负责人»).
 */
import { useEffect, useId, useRef } from 'preact/hooks';
import { formatChineseDate } from '../core/dates';
import { TextArea, TextField } from '../core/ui/fields';
import { PaperRows } from '../core/ui/PaperRows';
import {
  addAction,
  addGoal,
  removeAction,
  removeGoal,
  setReview,
  updateAction,
  updateGoal,
  type ActionPlanData,
  type ExampleLeftovers,
  type PhaseRange,
} from './model';
import { STATUSES, type ActionStatus } from './shape';
import { FIELD, FORM, PHASES, phaseName, STATUS_LABEL } from './strings';

interface Props {
  data: ActionPlanData;
  p: number;
  range: PhaseRange | null;
  /** What still holds the worked example (marked beside the field). */
  leftovers: ExampleLeftovers;
  readOnly: boolean;
  onChange(data: ActionPlanData): void;
}

/** After 添加…, keyboard and screen-reader users land in the new row's first field. */
function useFocusNew(count: number) {
  const list = useRef<HTMLOListElement>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    list.current?.querySelector<HTMLElement>('li:last-child :is(input, textarea)')?.focus();
  }, [count]);
  return { list, request: () => void (pending.current = true) };
}

function StatusSelect(props: {
  value: ActionStatus;
  srPrefix: string;
  onChange(status: ActionStatus): void;
}) {
  const id = useId();
  return (
    <div class="ws-field">
      <label for={id} class="ws-label">
        <span class="ws-sr-only">{props.srPrefix} </span>
        {FIELD.status}
      </label>
      <select
        id={id}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value as ActionStatus)}
      >
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABEL[s]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function PhaseSection({ data, p, range, leftovers, readOnly, onChange }: Props) {
  const id = useId();
  const phase = data.phases[p];
  const days = PHASES[p].days;
  const goals = useFocusNew(phase.goals.length);
  const actions = useFocusNew(phase.actions.length);
  const addGoalButton = useRef<HTMLButtonElement>(null);
  const addActionButton = useRef<HTMLButtonElement>(null);

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

      <fieldset disabled={readOnly}>
        <legend class="ap-sub ap-sub-actions">{FORM.actionsHeading}</legend>
        {phase.actions.length === 0 ? (
          <>
            <p class="ws-hint ws-pending">{FORM.noActions}</p>
            <PaperRows columns={[FIELD.action, FIELD.owner, FIELD.due, FIELD.status]} />
          </>
        ) : (
          <ol class="ap-actions" ref={actions.list}>
            {phase.actions.map((a, i) => {
              const prefix = `${days} ${FORM.actionN(i + 1)}`;
              const update = (patch: Parameters<typeof updateAction>[3]) =>
                onChange(updateAction(data, p, i, patch));
              return (
                <li key={i} class="ap-action">
                  <TextField
                    label={FIELD.action}
                    srPrefix={`${days} ${FORM.itemN(i + 1)}`}
                    value={a.text}
                    example={leftovers.actions.includes(`${p}-${i}`)}
                    class="ap-action-text"
                    onInput={(text) => update({ text })}
                  />
                  <TextField
                    label={FIELD.owner}
                    srPrefix={prefix}
                    value={a.owner}
                    onInput={(owner) => update({ owner })}
                  />
                  <TextField
                    type="date"
                    label={FIELD.due}
                    srPrefix={prefix}
                    value={a.due}
                    onInput={(due) => update({ due })}
                  />
                  <StatusSelect
                    value={a.status}
                    srPrefix={prefix}
                    onChange={(status) => update({ status })}
                  />
                  <button
                    type="button"
                    aria-label={FORM.removeAction(days, i + 1)}
                    onClick={() => {
                      onChange(removeAction(data, p, i));
                      addActionButton.current?.focus();
                    }}
                  >
                    {FORM.removeShort}
                  </button>
                </li>
              );
            })}
          </ol>
        )}
        <button
          type="button"
          ref={addActionButton}
          onClick={() => {
            actions.request();
            onChange(addAction(data, p));
          }}
        >
          {FORM.addAction}
        </button>
      </fieldset>

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

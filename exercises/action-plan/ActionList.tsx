/**
 * The 行动 of one phase: 行动, 负责人, 完成日期 and 状态 per row, numbered for screen readers
 * («第 1–30 天 行动 2 负责人»); on paper an empty list prints rows to write in.
 */
import { useId, useRef } from 'preact/hooks';
import { TextField } from '../core/ui/fields';
import { PaperRows } from '../core/ui/PaperRows';
import {
  addAction,
  removeAction,
  updateAction,
  type ActionPlanData,
  type ExampleLeftovers,
} from './model';
import { STATUSES, type ActionStatus } from './shape';
import { FIELD, FORM, PHASES, STATUS_LABEL } from './strings';
import { useFocusNew } from './useFocusNew';

interface Props {
  data: ActionPlanData;
  p: number;
  leftovers: ExampleLeftovers;
  readOnly: boolean;
  onChange(data: ActionPlanData): void;
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

export function ActionList({ data, p, leftovers, readOnly, onChange }: Props) {
  const phase = data.phases[p];
  const days = PHASES[p].days;
  const actions = useFocusNew(phase.actions.length);
  const addActionButton = useRef<HTMLButtonElement>(null);
  return (
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
  );
}

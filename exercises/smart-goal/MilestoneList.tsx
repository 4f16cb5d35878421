/** Milestone rows: a date and a description each, numbered for screen readers. */
import { PaperRows } from '../core/ui/PaperRows';
import { useEffect, useId, useRef } from 'preact/hooks';
import { TextField } from '../core/ui/fields';
import { addMilestone, removeMilestone, updateMilestone, type SmartGoalData } from './model';
import { MILESTONE } from './strings';

interface Props {
  data: SmartGoalData;
  /** Rows whose description is still the example's. */
  exampleRows?: readonly number[];
  readOnly: boolean;
  onChange(data: SmartGoalData): void;
}

export function MilestoneList({ data, exampleRows = [], readOnly, onChange }: Props) {
  const id = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // After 添加里程碑, keyboard and screen-reader users land in the new row's date field.
  const focusNewRow = useRef(false);
  const count = data.milestones.length;
  useEffect(() => {
    if (!focusNewRow.current) return;
    focusNewRow.current = false;
    list.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus();
  }, [count]);
  return (
    <section class="sg-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{MILESTONE.heading}</h3>
      <fieldset disabled={readOnly}>
        {data.milestones.length === 0 ? (
          <>
            <p class="ws-hint ws-pending">{MILESTONE.empty}</p>
            <PaperRows columns={[MILESTONE.date, MILESTONE.description]} />
          </>
        ) : (
          <ol class="sg-milestones" ref={list}>
            {data.milestones.map((m, i) => (
              <li key={i} class="sg-milestone">
                <TextField
                  type="date"
                  label={MILESTONE.date}
                  srPrefix={`${MILESTONE.heading} ${i + 1}`}
                  value={m.date}
                  onInput={(date) => onChange(updateMilestone(data, i, { date }))}
                />
                <TextField
                  label={MILESTONE.description}
                  srPrefix={`${MILESTONE.heading} ${i + 1}`}
                  value={m.description}
                  example={exampleRows.includes(i)}
                  onInput={(description) => onChange(updateMilestone(data, i, { description }))}
                />
                <button
                  type="button"
                  aria-label={MILESTONE.remove(i + 1)}
                  onClick={() => {
                    onChange(removeMilestone(data, i));
                    addButton.current?.focus();
                  }}
                >
                  {MILESTONE.removeShort}
                </button>
              </li>
            ))}
          </ol>
        )}
        <button
          type="button"
          ref={addButton}
          onClick={() => {
            focusNewRow.current = true;
            onChange(addMilestone(data));
          }}
        >
          {MILESTONE.add}
        </button>
      </fieldset>
    </section>
  );
}

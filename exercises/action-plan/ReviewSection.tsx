/**
 * 90 天复盘: for every goal written in the phases, its 结果 and 原因; then 下一个 90 天的重点.
 * On paper an empty plan prints rows to write in.
 */
import { useId } from 'preact/hooks';
import { TextArea, TextField } from '../core/ui/fields';
import { PaperRows } from '../core/ui/PaperRows';
import { setFocus, updateGoal, type ActionPlanData, type ExampleLeftovers } from './model';
import { FIELD, FORM, PHASES } from './strings';

interface Props {
  data: ActionPlanData;
  leftovers: ExampleLeftovers;
  readOnly: boolean;
  onChange(data: ActionPlanData): void;
}

export function ReviewSection({ data, leftovers, readOnly, onChange }: Props) {
  const id = useId();
  const goals = data.phases.flatMap((phase, p) => phase.goals.map((goal, i) => ({ goal, p, i })));
  return (
    <section class="ap-section ap-review" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{FORM.reviewHeading}</h3>
      <p class="ws-hint">{FORM.reviewIntro}</p>
      <fieldset disabled={readOnly}>
        {goals.length === 0 ? (
          <>
            <p class="ws-hint ws-pending">{FORM.noReviewGoals}</p>
            <PaperRows columns={[FIELD.goal, FIELD.result, FIELD.cause]} />
          </>
        ) : (
          <ol class="ap-review-goals">
            {goals.map(({ goal, p, i }) => {
              const prefix = `${PHASES[p].days} ${FORM.goalN(i + 1)}`;
              return (
                <li key={`${p}-${i}`} class="ap-review-goal">
                  <p class="ap-review-text">
                    <span class="ap-review-phase">{prefix}：</span>
                    {goal.text.trim() || FORM.untitledGoal}
                  </p>
                  <TextField
                    label={FIELD.result}
                    srPrefix={prefix}
                    value={goal.result}
                    example={leftovers.results.includes(`${p}-${i}`)}
                    onInput={(result) => onChange(updateGoal(data, p, i, { result }))}
                  />
                  <TextArea
                    label={FIELD.cause}
                    srPrefix={prefix}
                    rows={2}
                    value={goal.cause}
                    example={leftovers.causes.includes(`${p}-${i}`)}
                    onInput={(cause) => onChange(updateGoal(data, p, i, { cause }))}
                  />
                </li>
              );
            })}
          </ol>
        )}
        <TextArea
          label={FIELD.focus}
          rows={3}
          value={data.focus}
          example={leftovers.focus}
          onInput={(focus) => onChange(setFocus(data, focus))}
        />
      </fieldset>
    </section>
  );
}

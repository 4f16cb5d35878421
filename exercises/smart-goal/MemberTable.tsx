/** 分解到个人: a row per team member with name, weight, share and an optional share by hand. */
import { PaperRows } from '../core/ui/PaperRows';
import { useId, useRef } from 'preact/hooks';
import { formatNumber } from '../core/numbers';
import { TextField } from '../core/ui/fields';
import { NumberField } from '../core/ui/NumberField';
import {
  addMember,
  amountInput,
  formatAmount,
  removeMember,
  updateMember,
  WEIGHT_INPUT,
  type CascadePlan,
  type SmartGoalData,
} from './model';
import { CASCADE as T } from './cascade-strings';
import { RemainderNote } from './RemainderNote';

interface Props {
  data: SmartGoalData;
  plan: CascadePlan;
  onChange(data: SmartGoalData): void;
}

export function MemberTable({ data, plan, onChange }: Props) {
  const id = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const members = data.cascade.members;
  const split = plan.ok && plan.members?.ok ? plan.members : null;
  const show = (value: number | undefined) =>
    plan.ok && value !== undefined
      ? formatNumber(value, {
          maximumFractionDigits: plan.decimals,
          minimumFractionDigits: plan.decimals,
        })
      : '—';

  return (
    <section class="sg-subsection" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{T.members}</h4>
      {members.length === 0 ? (
        <>
          <p class="ws-hint ws-pending">{T.noMembers}</p>
          <PaperRows columns={[T.name, T.weight, T.share]} />
        </>
      ) : (
        <div class="ws-table-wrap">
          {plan.ok && plan.members && !plan.members.ok && <p class="ws-error">{T.noWeight}</p>}
          <table class="sg-table">
            <thead>
              <tr>
                <th scope="col">{T.name}</th>
                <th scope="col">{T.weight}</th>
                <th scope="col" class="ws-num">
                  {T.share}
                </th>
                <th scope="col">{T.manual}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {members.map((m, i) => (
                <tr key={i}>
                  <td>
                    <TextField
                      label={T.memberName(i + 1)}
                      labelHidden
                      value={m.name}
                      onInput={(name) => onChange(updateMember(data, i, { name }))}
                    />
                  </td>
                  <td>
                    <NumberField
                      label={T.memberWeight(i + 1)}
                      labelHidden
                      size={4}
                      value={m.weight}
                      parse={WEIGHT_INPUT}
                      onInput={(weight) => onChange(updateMember(data, i, { weight }))}
                    />
                  </td>
                  <td class="ws-num">{show(split?.shares[i].value)}</td>
                  <td>
                    <NumberField
                      label={T.memberManual(i + 1)}
                      labelHidden
                      size={6}
                      placeholder={split ? show(split.shares[i].auto) : ''}
                      value={m.override}
                      parse={amountInput(data.unit)}
                      onInput={(override) => onChange(updateMember(data, i, { override }))}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-label={T.memberRemove(i + 1)}
                      onClick={() => {
                        onChange(removeMember(data, i));
                        addButton.current?.focus();
                      }}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{T.sum}</th>
                <td />
                <td class="ws-num">{show(split?.sum)}</td>
                <td />
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <button type="button" ref={addButton} onClick={() => onChange(addMember(data))}>
        {T.addMember}
      </button>
      {plan.ok && split?.remainder && (
        <RemainderNote
          remainder={split.remainder}
          names={split.remainder.to.map((i) => members[i]?.name.trim() || T.memberFallback(i + 1))}
          unit={plan.unit}
        />
      )}
      {split?.mismatch && plan.ok && (
        <p class="ws-error" role="status">
          {T.mismatchMembers(
            formatAmount(split.sum, plan.unit),
            formatAmount(plan.total, plan.unit),
            formatAmount(split.difference, plan.unit),
          )}
        </p>
      )}
    </section>
  );
}

/** The cascade section: what is split (target or change), then periods and people. */
import { useId } from 'preact/hooks';
import { MemberTable } from './MemberTable';
import { formatAmount, planCascade, setBasis, type SmartGoalData } from './model';
import { PeriodTable } from './PeriodTable';
import { CASCADE } from './cascade-strings';
import { PersonMonthTable } from './PersonMonthTable';
import { TrackingTable } from './TrackingTable';

interface Props {
  data: SmartGoalData;
  unit: string;
  readOnly: boolean;
  onChange(data: SmartGoalData): void;
}

export function CascadeSection({ data, unit, readOnly, onChange }: Props) {
  const id = useId();
  const plan = planCascade(data, unit);
  return (
    <section class="sg-section sg-cascade" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{CASCADE.heading}</h3>
      <p class="ws-hint">{CASCADE.intro}</p>
      <fieldset disabled={readOnly}>
        <div class="ws-field sg-basis">
          <label class="ws-label" for={`${id}-basis`}>
            {CASCADE.basis}
          </label>
          <select
            id={`${id}-basis`}
            value={data.cascade.basis}
            onChange={(e) =>
              onChange(setBasis(data, e.currentTarget.value === 'increase' ? 'increase' : 'target'))
            }
          >
            <option value="target">{CASCADE.basisTarget}</option>
            <option value="increase">{CASCADE.basisIncrease}</option>
          </select>
        </div>
        <p
          class={
            plan.ok ? 'sg-total' : plan.reason === 'no-total' ? 'ws-hint ws-pending' : 'ws-hint'
          }
        >
          {plan.ok
            ? CASCADE.total(formatAmount(plan.total, unit))
            : plan.reason === 'not-additive'
              ? CASCADE.notAdditive
              : CASCADE.noTotal}
        </p>
        <PeriodTable data={data} plan={plan} onChange={onChange} />
        <MemberTable data={data} plan={plan} onChange={onChange} />
        <PersonMonthTable data={data} plan={plan} />
        <TrackingTable data={data} plan={plan} onChange={onChange} />
      </fieldset>
    </section>
  );
}

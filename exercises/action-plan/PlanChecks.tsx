/**
 * 计划检查: what in the plan needs attention (a phase without a measurable goal, a goal that
 * says how hard rather than how much, a date outside its phase), in a live region so the
 * change is announced. A deferred part (PlanForm): the rules load with it.
 */
import { useId } from 'preact/hooks';
import { planWarnings } from './checks';
import { CHECKS as T } from './checks-strings';
import { isBlank, type ActionPlanData } from './model';

export function PlanChecks({ data }: { data: ActionPlanData }) {
  const id = useId();
  const warnings = isBlank(data) ? null : planWarnings(data);
  return (
    <section
      class={warnings ? 'ap-section ap-checks' : 'ap-section ap-checks ws-pending'}
      aria-labelledby={`${id}-h`}
    >
      <h3 id={`${id}-h`}>{T.heading}</h3>
      <div role="status" aria-live="polite">
        {warnings === null ? (
          <p class="ws-hint">{T.pending}</p>
        ) : warnings.length === 0 ? (
          <p class="ap-ok">
            <span aria-hidden="true">✓ </span>
            {T.allGood}
          </p>
        ) : (
          <>
            <p>{T.count(warnings.length)}</p>
            <ul class="ap-warnings">
              {warnings.map((w, i) => (
                <li key={i}>
                  <span aria-hidden="true">⚠ </span>
                  {w.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

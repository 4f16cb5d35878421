/**
 * The 90 天行动计划 form: 计划开始日期, the three phases, the plan checks and the timeline
 * (deferred parts), and the 90 天复盘. Wiring only: every rule is in model.ts, checks.ts and
 * timeline.ts.
 */
import { Deferred, deferredView } from '../core/ui/Deferred';
import { TextField } from '../core/ui/fields';
import { exampleLeftovers, isBlank, phaseRanges, setStart, type ActionPlanData } from './model';
import { PhaseSection } from './PhaseSection';
import { ReviewSection } from './ReviewSection';
import { FIELD, FORM } from './strings';

interface Props {
  data: ActionPlanData;
  /** YYYY-MM-DD: today's line on the timeline. */
  today: string;
  readOnly: boolean;
  onChange(data: ActionPlanData): void;
  onLoadExample(): void;
}

// The checks (with SMART's sentence check) and the timeline load on the first focus or when
// they come near the screen, or at once for a document that is not the blank one the server drew.
const checksView = deferredView(() => import('./PlanChecks').then((m) => m.PlanChecks));
const timelineView = deferredView(() => import('./Timeline').then((m) => m.Timeline));

/** The deferred parts' code: the server has it before rendering; unit tests load it up front. */
export const loadParts = () => Promise.all([checksView.load(), timelineView.load()]);
if (import.meta.env.SSR) await loadParts();

export function PlanForm({ data, today, readOnly, onChange, onLoadExample }: Props) {
  const ranges = phaseRanges(data.start);
  const blank = isBlank(data);
  const leftovers = exampleLeftovers(data);
  return (
    <div class="ap">
      <div class="ws-buttons">
        <button type="button" disabled={readOnly} onClick={onLoadExample}>
          {FORM.loadExample}
        </button>
      </div>
      <fieldset class="ap-start" disabled={readOnly}>
        <TextField
          type="date"
          label={FIELD.start}
          hint={FORM.startHint}
          value={data.start}
          onInput={(start) => onChange(setStart(data, start))}
        />
      </fieldset>
      {data.phases.map((_, p) => (
        <PhaseSection
          key={p}
          data={data}
          p={p}
          range={ranges?.[p] ?? null}
          leftovers={leftovers}
          readOnly={readOnly}
          onChange={onChange}
        />
      ))}
      <Deferred view={checksView} props={{ data }} name="ap-checks" now={!blank} onView />
      <Deferred
        view={timelineView}
        props={{ data, today }}
        name="ap-timeline"
        now={!blank}
        onView
      />
      <ReviewSection data={data} leftovers={leftovers} readOnly={readOnly} onChange={onChange} />
    </div>
  );
}

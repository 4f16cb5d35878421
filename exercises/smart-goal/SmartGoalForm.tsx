/**
 * The SMART goal form: the goal fields, milestones, the live S/M/A/R/T checks, the composed
 * statement, the cascade and the static examples. Wiring only: every rule is in model.ts.
 */
import { useId } from 'preact/hooks';
import { Deferred, deferredView } from '../core/ui/Deferred';
import { TextArea, TextField } from '../core/ui/fields';
import { NumberField } from '../core/ui/NumberField';
import { MilestoneList } from './MilestoneList';
import {
  exampleLeftovers,
  figureInput,
  isBlank,
  readAmounts,
  setDirection,
  setText,
  type SmartGoalData,
  type TextField as TextKey,
} from './model';
import { DIRECTION, FIELD, FORM, HINT } from './strings';

interface Props {
  data: SmartGoalData;
  /** YYYY-MM-DD, for the time-bound check. */
  today: string;
  readOnly: boolean;
  onChange(data: SmartGoalData): void;
  onLoadExample(): void;
}

// Static text: kept as the server drew it; the code loads only for a form drawn afresh.
const examplesView = deferredView(() => import('./ExamplesTable').then((m) => m.ExamplesTable));
// The cascade (allocation and its tables) as the server drew it until it comes near the screen,
// the form gets focus, or the document is not the blank one.
const cascadeView = deferredView(() => import('./CascadeSection').then((m) => m.CascadeSection));

// The checks and the statement: their rules load with them, on the first focus or edit, or at
// once for a document that is not the blank one the server drew.
const resultsView = deferredView(() => import('./SmartResults').then((m) => m.SmartResults));

/** The deferred parts' code: the server has it before rendering; unit tests load it up front. */
export const loadParts = () =>
  Promise.all([examplesView.load(), cascadeView.load(), resultsView.load()]);
if (import.meta.env.SSR) await loadParts();

const UNIT_SUGGESTIONS = ['家', '个', '件', '万元', '元', '%', '台', '人'];

export function SmartGoalForm({ data, today, readOnly, onChange, onLoadExample }: Props) {
  const id = useId();
  const text = (field: TextKey) => ({
    label: FIELD[field as keyof typeof FIELD],
    value: data[field],
    example: fromExample(field),
    onInput: (value: string) => onChange(setText(data, field, value)),
  });
  const { unit } = readAmounts(data);
  const leftovers = exampleLeftovers(data);
  const fromExample = (field: TextKey) => (leftovers.fields as readonly string[]).includes(field);

  return (
    <div class="sg">
      {/* Inputs beside the live checks on wide screens (worksheet.css, .ws-panes). */}
      <div class="ws-panes">
        <div class="ws-pane-inputs">
          <div class="ws-buttons">
            <button type="button" disabled={readOnly} onClick={onLoadExample}>
              {FORM.loadExample}
            </button>
          </div>

          <fieldset class="sg-fields" disabled={readOnly}>
            <legend class="ws-sr-only">{FORM.goalSection}</legend>
            <TextField {...text('name')} hint={HINT.name} class="sg-wide" />
            <TextArea {...text('specific')} hint={HINT.specific} class="sg-wide" />
            <TextField {...text('metric')} hint={HINT.metric} class="sg-wide" />
            <NumberField
              {...text('baseline')}
              parse={figureInput(data.unit)}
              hint={HINT.baseline}
            />
            <NumberField {...text('target')} parse={figureInput(data.unit)} />
            <TextField {...text('unit')} hint={HINT.unit} list={`${id}-units`} />
            <datalist id={`${id}-units`}>
              {UNIT_SUGGESTIONS.map((u) => (
                <option key={u} value={u} />
              ))}
            </datalist>
            <fieldset class="sg-direction">
              <legend>{FIELD.direction}</legend>
              {(['increase', 'decrease'] as const).map((value) => (
                <label key={value}>
                  <input
                    type="radio"
                    name={`${id}-direction`}
                    value={value}
                    checked={data.direction === value}
                    onChange={() => onChange(setDirection(data, value))}
                  />
                  {DIRECTION[value]}
                </label>
              ))}
            </fieldset>
            <TextArea {...text('achievability')} hint={HINT.achievability} class="sg-wide" />
            <TextField {...text('parentGoal')} hint={HINT.parentGoal} class="sg-wide" />
            <TextField {...text('deadline')} type="date" />
          </fieldset>

          <MilestoneList
            data={data}
            exampleRows={leftovers.milestones}
            readOnly={readOnly}
            onChange={onChange}
          />
        </div>
        <div class="ws-pane-results" role="region" aria-label={FORM.resultsPane} tabIndex={0}>
          <Deferred
            view={resultsView}
            props={{ data, today }}
            name="sg-results"
            now={!isBlank(data)}
            onView
          />
        </div>
      </div>
      <Deferred
        view={cascadeView}
        props={{ data, unit, readOnly, onChange }}
        name="sg-cascade"
        now={!isBlank(data)}
        onView
      />
      <Deferred view={examplesView} props={{}} name="sg-examples" />
    </div>
  );
}

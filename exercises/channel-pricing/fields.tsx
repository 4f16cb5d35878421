/**
 * The worksheet's own number input and figure display. Like core's NumberField, every input
 * has a real <label> and its messages are tied to it with aria-describedby; on top of that
 * it reads values by this worksheet's rules (折, %, 到分, 1e9), can show the same price in
 * the other tax basis beside the input, says «请填写此项» under an empty field the chosen
 * method needs (as a hint, not an error), and accepts ids of checks elsewhere about it.
 */
import { useId } from 'preact/hooks';
import { TEXT_MAX } from '../core/limits';
import { ExampleNote } from '../core/ui/fields';
import { readAs, readField, type FieldRule } from './read';
import type { Issue } from './chain';
import { CHECK, INPUT } from './strings';

interface NumberInputProps {
  label: string;
  value: string;
  rule: FieldRule;
  onInput(value: string): void;
  hint?: string;
  /** Words only screen readers hear before the label («经销商»). */
  srPrefix?: string;
  labelHidden?: boolean;
  required?: boolean;
  /** Shown right after the input, e.g. «不含税 88.50». */
  aside?: string | null;
  /** A message from a rule across fields (a break out of order, say). */
  error?: string | null;
  size?: number;
  class?: string;
  /** The value is still the worked example's: marked next to the field and for screen readers. */
  example?: boolean;
}

function ids(...list: (string | false | null | undefined)[]): string | undefined {
  const joined = list.filter(Boolean).join(' ');
  return joined || undefined;
}

export function NumberInput(props: NumberInputProps) {
  const id = useId();
  const result = readField(props.value, props.rule);
  const fieldError = !result.ok && !result.empty ? result.message : null;
  const error = fieldError ?? props.error ?? null;
  const needed = !result.ok && result.empty && props.required ? INPUT.required : null;
  const reading = readAs(props.value, props.rule, result);
  const hintId = props.hint ? `${id}-hint` : null;
  const asideId = props.aside ? `${id}-aside` : null;
  const messageId = error || needed || reading ? `${id}-msg` : null;
  const exampleId = props.example ? `${id}-example` : null;
  const classes = ['ws-field cp-field', props.example && 'ws-field-example', props.class];
  return (
    <div class={classes.filter(Boolean).join(' ')}>
      <label for={id} class={props.labelHidden ? 'ws-sr-only' : 'ws-label'}>
        {props.srPrefix && <span class="ws-sr-only">{props.srPrefix} </span>}
        {props.label}
      </label>
      <div class="cp-input-row">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          size={props.size}
          value={props.value}
          maxLength={TEXT_MAX}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={ids(exampleId, asideId, messageId, hintId)}
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
        {props.aside && (
          <span id={asideId!} class="cp-aside">
            {props.aside}
          </span>
        )}
      </div>
      <ExampleNote id={id} show={props.example} />
      {props.hint && (
        <p id={hintId!} class="ws-hint">
          {props.hint}
        </p>
      )}
      {messageId && (
        <p id={messageId} class={error ? 'ws-error' : needed ? 'ws-hint ws-pending' : 'ws-hint'}>
          {error ?? needed ?? reading}
        </p>
      )}
    </div>
  );
}

interface FigureProps {
  /** The figure as shown: «60.00», «24.7%», or «—». */
  value: string;
  /** The same figure in the other basis, or a short note under it. */
  sub?: string | null;
  issues?: readonly Issue[];
}

/**
 * A computed figure with the checks about it right under it; the figure points at them with
 * aria-describedby so a screen reader reads the warning with the number.
 */
export function Figure({ value, sub, issues = [] }: FigureProps) {
  const id = useId();
  const issueIds = issues.map((_, i) => `${id}-issue-${i}`);
  return (
    <>
      <span
        class={issues.length ? 'cp-value cp-flagged' : 'cp-value'}
        aria-describedby={ids(...issueIds)}
      >
        {value}
      </span>
      {sub && <span class="cp-sub">{sub}</span>}
      {issues.map((issue, i) => (
        <span key={i} id={issueIds[i]} class="cp-issue">
          <span aria-hidden="true">⚠ </span>
          <span class="ws-sr-only">{CHECK.label}：</span>
          {issue.message}
        </span>
      ))}
    </>
  );
}

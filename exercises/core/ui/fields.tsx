/**
 * Labelled form fields shared by all worksheets. Every input has a real <label>; hints and
 * errors are tied to it with aria-describedby; number fields show what is wrong under the
 * field and set aria-invalid (`NumberField.tsx`, loaded only by the worksheets that ask for numbers). `srPrefix` adds words only screen readers hear («里程碑 1»)
 * before a short visible label («日期»). No field takes more than TEXT_MAX characters, the
 * schemas' limit (core/limits.ts), so what is typed always loads again.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { TEXT_MAX } from '../limits';
import { FIELD_TEXT } from '../strings';

export interface BaseProps {
  label: string;
  value: string;
  onInput(value: string): void;
  hint?: string;
  srPrefix?: string;
  /** Show the label to screen readers only (inside tables with column headers). */
  labelHidden?: boolean;
  disabled?: boolean;
  class?: string;
  /** The value is still the worked example's: marked next to the field and for screen readers. */
  example?: boolean;
}

export function Label(props: { for: string; label: string; srPrefix?: string; hidden?: boolean }) {
  return (
    <label for={props.for} class={props.hidden ? 'ws-sr-only' : 'ws-label'}>
      {props.srPrefix && <span class="ws-sr-only">{props.srPrefix} </span>}
      {props.label}
    </label>
  );
}

/** The ids of an element's descriptions, in order (those given), for aria-describedby. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

/**
 * The field's text again, for paper only: an input clips a long value and a textarea its
 * overflow, so the print styles (worksheet.css) hide them and show this block, which grows and breaks across pages.
 */
function PrintValue(props: { value: string }) {
  return (
    <div class="ws-print-value" aria-hidden="true">
      {props.value || null}
    </div>
  );
}

export function Field(props: { class?: string; example?: boolean; children: ComponentChildren }) {
  const classes = ['ws-field', props.example && 'ws-field-example', props.class].filter(Boolean);
  return <div class={classes.join(' ')}>{props.children}</div>;
}

/**
 * The note beside a field that still holds the example (ids: `<field id>-example`); a
 * worksheet's own inputs use it too, with the class `ws-field-example` on their `.ws-field`.
 */
export function ExampleNote({ id, show }: { id: string; show?: boolean }) {
  return show ? (
    <p id={`${id}-example`} class="ws-example-note">
      {FIELD_TEXT.example}
    </p>
  ) : null;
}

export function TextField(
  props: BaseProps & { type?: 'text' | 'date'; list?: string; placeholder?: string },
) {
  const id = useId();
  const hintId = props.hint ? `${id}-hint` : undefined;
  const exampleId = props.example && `${id}-example`;
  return (
    <Field class={props.class} example={props.example}>
      <Label for={id} label={props.label} srPrefix={props.srPrefix} hidden={props.labelHidden} />
      <input
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        // A date input takes no maxlength (and a date is never long).
        maxLength={props.type === 'date' ? undefined : TEXT_MAX}
        list={props.list}
        placeholder={props.placeholder}
        disabled={props.disabled}
        aria-describedby={describedBy(exampleId, hintId)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      {/* On paper a date prints as text too: an empty one as a box, not 「mm/dd/yyyy」. */}
      <PrintValue value={props.value} />
      <ExampleNote id={id} show={props.example} />
      {props.hint && (
        <p id={hintId} class="ws-hint">
          {props.hint}
        </p>
      )}
    </Field>
  );
}

export function TextArea(props: BaseProps & { rows?: number }) {
  const id = useId();
  const hintId = props.hint ? `${id}-hint` : undefined;
  const exampleId = props.example && `${id}-example`;
  return (
    <Field class={props.class} example={props.example}>
      <Label for={id} label={props.label} srPrefix={props.srPrefix} hidden={props.labelHidden} />
      <textarea
        id={id}
        rows={props.rows ?? 3}
        value={props.value}
        maxLength={TEXT_MAX}
        disabled={props.disabled}
        aria-describedby={describedBy(exampleId, hintId)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <PrintValue value={props.value} />
      <ExampleNote id={id} show={props.example} />
      {props.hint && (
        <p id={hintId} class="ws-hint">
          {props.hint}
        </p>
      )}
    </Field>
  );
}

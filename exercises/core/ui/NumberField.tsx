/**
 * The number input of every worksheet (see fields.tsx for the shared label, hint and example
 * note). Its own module, so that a worksheet without numbers (SWOT) does not load it or the
 * number rules.
 */
import { useId } from 'preact/hooks';
import { TEXT_MAX } from '../limits';
import { parseNumberInput, type NumberReading, type ParseNumberOptions } from '../numbers';
import { NUMBER_TEXT } from '../strings';
import { describedBy, ExampleNote, Field, Label, type BaseProps } from './fields';

/** The text by core's rule for the quantity, or by the worksheet's own reading. */
function readNumber(
  value: string,
  parse: ParseNumberOptions | ((value: string) => NumberReading),
): NumberReading {
  if (typeof parse === 'function') return parse(value);
  const result = parseNumberInput(value, parse);
  const empty = !result.ok && result.reason === 'empty';
  return { error: !result.ok && !empty ? result.message : null, empty };
}

/**
 * A text input for numbers: accepts 1,234.5, １２, ¥, % as allowed; never a browser spinner.
 * Under it, what is wrong with the text (or `error`, from a rule across fields), else
 * «请填写此项» while a `required` field is empty (a hint, not an error), else how the text
 * was read when that differs from what was typed. `aside` shows a short text right after the
 * input (the same price in the other tax basis, say).
 */
export function NumberField(
  props: BaseProps & {
    parse: ParseNumberOptions | ((value: string) => NumberReading);
    placeholder?: string;
    size?: number;
    aside?: string | null;
    error?: string | null;
    required?: boolean;
  },
) {
  const id = useId();
  const reading = readNumber(props.value, props.parse);
  const error = reading.error ?? props.error ?? null;
  const needed = reading.empty && props.required ? NUMBER_TEXT.empty : null;
  const message = error ?? needed ?? reading.note ?? null;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const asideId = props.aside ? `${id}-aside` : undefined;
  const messageId = message ? `${id}-msg` : undefined;
  const exampleId = props.example && `${id}-example`;
  const input = (
    <input
      id={id}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      size={props.size}
      value={props.value}
      maxLength={TEXT_MAX}
      placeholder={props.placeholder}
      disabled={props.disabled}
      aria-invalid={error ? 'true' : undefined}
      aria-describedby={describedBy(exampleId, asideId, messageId, hintId)}
      onInput={(e) => props.onInput(e.currentTarget.value)}
    />
  );
  return (
    <Field class={props.class} example={props.example}>
      <Label for={id} label={props.label} srPrefix={props.srPrefix} hidden={props.labelHidden} />
      {props.aside === undefined ? (
        input
      ) : (
        <div class="ws-input-row">
          {input}
          {props.aside && (
            <span id={asideId} class="ws-aside">
              {props.aside}
            </span>
          )}
        </div>
      )}
      <ExampleNote id={id} show={props.example} />
      {props.hint && (
        <p id={hintId} class="ws-hint">
          {props.hint}
        </p>
      )}
      {message && (
        <p id={messageId} class={error ? 'ws-error' : needed ? 'ws-hint ws-pending' : 'ws-hint'}>
          {message}
        </p>
      )}
    </Field>
  );
}

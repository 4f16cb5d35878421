/**
 * A labelled one-line text that wraps: a textarea that refuses line breaks (Enter does
 * nothing, pasted newlines become spaces), so long items stay readable on a phone. A
 * print-only copy of the text follows it, for browsers that print textareas cut off.
 */
import { useId } from 'preact/hooks';
import { ExampleNote } from '../core/ui/fields';

interface Props {
  label: string;
  /** Words only screen readers hear before the label («优势 2»). */
  srPrefix?: string;
  value: string;
  maxLength: number;
  onInput(value: string): void;
  placeholder?: string;
  focusKey?: string;
  class?: string;
  /** The value is still the worked example's: marked next to the field and for screen readers. */
  example?: boolean;
}

export function LineArea(props: Props) {
  const id = useId();
  return (
    <div
      class={`ws-field swot-line ${props.example ? 'ws-field-example ' : ''}${props.class ?? ''}`}
    >
      <label for={id} class="ws-label">
        {props.srPrefix && <span class="ws-sr-only">{props.srPrefix} </span>}
        {props.label}
      </label>
      <textarea
        id={id}
        rows={1}
        value={props.value}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        data-focus={props.focusKey}
        aria-describedby={props.example ? `${id}-example` : undefined}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
        }}
        onInput={(e) => {
          const raw = e.currentTarget.value;
          const value = raw.replace(/[\r\n]+/g, ' ');
          if (value !== raw) e.currentTarget.value = value;
          props.onInput(value);
        }}
      />
      <span class="swot-print-text" aria-hidden="true">
        {props.value}
      </span>
      <ExampleNote id={id} show={props.example} />
    </div>
  );
}

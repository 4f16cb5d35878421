/** A labelled <select> of this worksheet (计分方式, 方向); on paper it prints as its text. */
import { useId } from 'preact/hooks';

export function Choice<V extends string>(props: {
  label: string;
  srPrefix?: string;
  value: V;
  options: readonly V[];
  names: Record<V, string>;
  onChange(value: V): void;
}) {
  const id = useId();
  return (
    <div class="ws-field">
      <label class="ws-label" for={id}>
        {props.srPrefix && <span class="ws-sr-only">{props.srPrefix} </span>}
        {props.label}
      </label>
      <select
        id={id}
        value={props.value}
        onChange={(e) => {
          const value = props.options.find((o) => o === e.currentTarget.value);
          if (value) props.onChange(value);
        }}
      >
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.names[o]}
          </option>
        ))}
      </select>
    </div>
  );
}

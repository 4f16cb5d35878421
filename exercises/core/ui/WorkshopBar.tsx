/**
 * Workshop mode on a shared device (an embed opened with `?ns=<code>`): names the workshop,
 * and 下一位参与者 offers an export, then clears every document of this workshop on this
 * device (its namespace only) so that the next participant starts with an empty sheet.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { AUTHOR_MAX } from '../limits';
import { WORKSHOP_BAR_TEXT as T } from '../notice-strings';
import { SHELL_TEXT } from '../strings';

interface Props {
  code: string;
  ready: boolean;
  /** The participant's name, written on exports and share links. */
  participant: string;
  onParticipant(name: string): void;
  onExport(): void;
  /** Clear this workshop's data on this device, then show `message`. */
  onClear(message: string): void;
}

/** Loaded by the shell when a workshop code is in use. */
export function WorkshopBar({ code, ready, participant, onParticipant, onExport, onClear }: Props) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  // Keyboard users land on the first choice, and back on 下一位参与者 afterwards.
  useEffect(() => {
    if (!moved.current) return;
    (asking ? first : opener).current?.focus();
  }, [asking]);
  const ask = (value: boolean) => {
    moved.current = true;
    setAsking(value);
  };
  return (
    <div class="ws-notice ws-workshop" role="group" aria-labelledby={`${id}-h`}>
      <p id={`${id}-h`}>
        <strong>{T.heading(code)}</strong>
      </p>
      <p class="ws-hint">{T.hint}</p>
      <div class="ws-field ws-participant">
        <label class="ws-label" for={`${id}-name`}>
          {T.name}
        </label>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="name"
          maxLength={AUTHOR_MAX}
          value={participant}
          disabled={!ready}
          aria-describedby={`${id}-name-hint`}
          onInput={(e) => onParticipant(e.currentTarget.value)}
        />
        <p id={`${id}-name-hint`} class="ws-hint">
          {T.nameHint}
        </p>
      </div>
      {asking ? (
        <div class="ws-workshop-confirm" role="group" aria-label={T.next}>
          <p id={`${id}-intro`}>{T.nextIntro(code)}</p>
          <span class="ws-buttons">
            <button ref={first} type="button" onClick={onExport} aria-describedby={`${id}-intro`}>
              {T.exportFirst}
            </button>
            <button
              type="button"
              class="ws-danger"
              aria-describedby={`${id}-intro`}
              onClick={() => {
                ask(false);
                onClear(T.cleared(code));
              }}
            >
              {T.clear}
            </button>
            <button type="button" onClick={() => ask(false)}>
              {SHELL_TEXT.cancel}
            </button>
          </span>
        </div>
      ) : (
        <span class="ws-buttons">
          <button ref={opener} type="button" disabled={!ready} onClick={() => ask(true)}>
            {T.next}
          </button>
        </span>
      )}
    </div>
  );
}

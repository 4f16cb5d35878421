/**
 * The document switcher: pick a document, create, rename, duplicate or delete it (delete
 * asks first, then offers 撤销), plus the quiet save status.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { SaveStatus } from '../autosave';
import type { WorksheetMessage } from '../controller';
import type { WorksheetDocument } from '../document';
import { SHELL_TEXT as T } from '../strings';

interface Props {
  ready: boolean;
  docs: readonly WorksheetDocument<unknown>[];
  current: WorksheetDocument<unknown>;
  isDraft: boolean;
  status: SaveStatus;
  message: WorksheetMessage | null;
  onSelect(id: string): void;
  onCreate(): void;
  onRename(title: string): void;
  onDuplicate(): void;
  onRemove(): void;
}

type Mode = 'idle' | 'renaming' | 'confirming';

export function DocumentBar(props: Props) {
  const id = useId();
  const [mode, setMode] = useState<Mode>('idle');
  const [title, setTitle] = useState('');
  const renameInput = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const undo = props.message?.undo;

  useEffect(() => {
    if (mode === 'renaming') {
      renameInput.current?.focus();
      renameInput.current?.select();
    }
    if (mode === 'confirming') confirmButton.current?.focus();
  }, [mode]);
  // After a deletion the 撤销 button is the natural next stop for the keyboard.
  useEffect(() => {
    if (undo) undoButton.current?.focus();
  }, [undo]);

  const disabled = !props.ready || mode !== 'idle';
  // A draft is not stored yet: rather than 已保存 the status says what will happen (memory
  // only and failures are said as they are).
  const stored = props.status === 'saved' || props.status === 'saving';
  const saveText = !stored
    ? T.status[props.status]
    : props.isDraft
      ? T.status.draft
      : T.status.saved;

  return (
    <div class="ws-docbar">
      <div class="ws-docbar-row">
        <div class="ws-field ws-doc-select">
          <label class="ws-label" for={`${id}-doc`}>
            {T.document}
          </label>
          <select
            id={`${id}-doc`}
            value={props.current.id}
            disabled={disabled}
            onChange={(e) => props.onSelect(e.currentTarget.value)}
          >
            {props.isDraft && (
              <option value={props.current.id}>
                {props.current.title}
                {T.unsavedDraft}
              </option>
            )}
            {props.docs.map((doc) => (
              <option key={doc.id} value={doc.id}>
                {doc.title || T.untitledList}
              </option>
            ))}
          </select>
        </div>
        <div class="ws-buttons">
          <button type="button" disabled={disabled} onClick={props.onCreate}>
            {T.newDoc}
          </button>
          <button
            type="button"
            disabled={disabled}
            onClick={() => {
              setTitle(props.current.title);
              setMode('renaming');
            }}
          >
            {T.rename}
          </button>
          <button type="button" disabled={disabled || props.isDraft} onClick={props.onDuplicate}>
            {T.duplicate}
          </button>
          <button
            type="button"
            disabled={disabled || props.isDraft}
            onClick={() => setMode('confirming')}
          >
            {T.remove}
          </button>
        </div>
        <p class="ws-status" role="status" aria-live="polite">
          {props.ready ? saveText : T.loading}
        </p>
      </div>

      {mode === 'renaming' && (
        <form
          class="ws-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            props.onRename(title);
            setMode('idle');
          }}
        >
          <div class="ws-field">
            <label class="ws-label" for={`${id}-title`}>
              {T.renameLabel}
            </label>
            <input
              id={`${id}-title`}
              ref={renameInput}
              value={title}
              maxLength={80}
              onInput={(e) => setTitle(e.currentTarget.value)}
            />
          </div>
          <button type="submit">{T.renameSave}</button>
          <button type="button" onClick={() => setMode('idle')}>
            {T.cancel}
          </button>
        </form>
      )}

      {mode === 'confirming' && (
        <div class="ws-confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{T.confirmRemove(props.current.title)}</p>
          <button
            type="button"
            class="ws-danger"
            ref={confirmButton}
            onClick={() => {
              setMode('idle');
              props.onRemove();
            }}
          >
            {T.confirmRemoveButton}
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            {T.cancel}
          </button>
        </div>
      )}

      <div class="ws-message" role="status" aria-live="polite">
        {props.message && (
          <p>
            {props.message.text}
            {undo && (
              <button type="button" ref={undoButton} onClick={undo}>
                {T.undo}
              </button>
            )}
          </p>
        )}
      </div>
    </div>
  );
}

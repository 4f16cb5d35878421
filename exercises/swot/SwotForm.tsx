/**
 * The SWOT worksheet body: 分析对象 and 日期, the 2×2 matrix (`.swot-matrix`), then the
 * TOWS cross matrix; or, after 打印空白表, the blank template. Wiring only: every rule is in
 * model.ts. It keeps the one pending notice (with 撤销) and moves focus after each action.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { TextField } from '../core/ui/fields';
import { LoadFailed, useLazy } from '../core/ui/lazy';
import { useFocusAfterRender, type Editor, type Notice } from './editor';
import { freshId, isBlank, QUADRANTS, setField, type SwotData } from './model';
import { QuadrantPanel } from './QuadrantPanel';
import { ACTIONS, FIELD, HINT } from './strings';
import { Toolbar } from './Toolbar';
import { TowsMatrix } from './TowsMatrix';

interface Props {
  doc: { title: string; data: SwotData };
  readOnly: boolean;
  smartGoalHref: string;
  onChange(data: SwotData): void;
  onLoadExample(): void;
  /** A new random id (the view's clock and randomness). */
  makeId(): string;
  onFlush(): void;
}

/** Ask the browser to print, where it can (not in tests, not in some sandboxed frames). */
function printPage() {
  try {
    if (typeof window.print === 'function') window.print();
  } catch {
    // Printing is blocked in this frame; the blank sheet is still on screen.
  }
}

export function SwotForm({
  doc,
  readOnly,
  smartGoalHref,
  onChange,
  onLoadExample,
  makeId,
  onFlush,
}: Props) {
  const { data } = doc;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [blank, setBlank] = useState(false);
  const printRequested = useRef(false);
  const { root, focusLater } = useFocusAfterRender<HTMLDivElement>();
  // The blank template's code loads the first time it is asked for; printing waits for it.
  const sheet = useLazy(() => import('./SwotBlank'), blank);
  // Example values are marked once their code has loaded; a blank analysis holds none.
  const lazyMarks = useLazy(() => import('./example-marks'), !isBlank(data));
  const marks = lazyMarks === 'failed' ? null : lazyMarks;
  const left = marks?.exampleLeftovers(data) ?? null;

  useEffect(() => {
    if (!blank || !sheet || !printRequested.current) return;
    printRequested.current = false;
    if (sheet !== 'failed') printPage();
  }, [blank, sheet]);

  // Handlers read the latest render's values through `live`, so `ed` never changes.
  const live = useRef({ data, readOnly, notice, smartGoalHref, left, onChange, makeId, onFlush });
  live.current = { data, readOnly, notice, smartGoalHref, left, onChange, makeId, onFlush };
  const ed = useMemo<Editor>(
    () => ({
      get data() {
        return live.current.data;
      },
      get readOnly() {
        return live.current.readOnly;
      },
      get notice() {
        return live.current.notice;
      },
      get smartGoalHref() {
        return live.current.smartGoalHref;
      },
      get left() {
        return live.current.left;
      },
      apply(next, after = {}) {
        if (live.current.readOnly) return;
        if (after.focus) focusLater(after.focus);
        if (after.notice !== undefined) setNotice(after.notice);
        live.current.onChange(next);
      },
      focus: focusLater,
      undo() {
        const { notice: current, readOnly: locked, data: now } = live.current;
        const undo = current?.undo;
        if (!undo || locked) return;
        focusLater(undo.focus);
        setNotice({ scope: current.scope, text: undo.text });
        live.current.onChange(undo.run(now));
      },
      newId: () => freshId(live.current.data, live.current.makeId),
      flush: () => live.current.onFlush(),
    }),
    [],
  );

  if (blank) {
    return (
      <div class="swot swot-blank-mode" ref={root}>
        <div class="ws-buttons swot-toolbar">
          <button
            type="button"
            data-focus="back"
            onClick={() => {
              focusLater(['blank']);
              setBlank(false);
            }}
          >
            {ACTIONS.back}
          </button>
        </div>
        <p class="ws-hint swot-blank-note">{ACTIONS.blankNote}</p>
        {sheet === 'failed' ? <LoadFailed /> : sheet && <sheet.SwotBlank />}
      </div>
    );
  }

  return (
    <div class="swot" ref={root}>
      <Toolbar
        doc={doc}
        readOnly={readOnly}
        onLoadExample={onLoadExample}
        onBlank={() => {
          printRequested.current = true;
          focusLater(['back']);
          setBlank(true);
        }}
      />
      {marks && left && <marks.ExampleWarning left={left.size} />}
      <fieldset class="swot-fields" disabled={readOnly}>
        <legend class="ws-sr-only">{ACTIONS.fields}</legend>
        <TextField
          label={FIELD.subject}
          hint={HINT.subject}
          value={data.subject}
          class="swot-subject"
          example={left?.has('subject')}
          onInput={(value) => onChange(setField(data, 'subject', value))}
        />
        <TextField
          type="date"
          label={FIELD.date}
          value={data.date}
          onInput={(value) => onChange(setField(data, 'date', value))}
        />
      </fieldset>
      <div class="swot-matrix" role="group" aria-label={ACTIONS.matrix}>
        {QUADRANTS.map((q) => (
          <QuadrantPanel key={q} ed={ed} q={q} />
        ))}
      </div>
      <TowsMatrix ed={ed} />
    </div>
  );
}

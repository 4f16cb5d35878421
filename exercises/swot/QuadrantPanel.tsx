/**
 * One quadrant (优势, 劣势, 机会 or 威胁) as a labelled region: guiding questions, the
 * 添加… input (Enter adds; blank text is refused with a message), 按重要性排序 and the list.
 */
import { useId, useRef, useState } from 'preact/hooks';
import { Deferred, deferredView } from '../core/ui/Deferred';
import { focusKey, type Editor } from './editor';
import { ItemRow } from './ItemRow';
import {
  addItem,
  checkNewItem,
  itemOrder,
  LIMITS,
  restoreOrder,
  shorten,
  sortByImportance,
  type Quadrant,
} from './model';
import { NoticeLine } from './NoticeLine';
import { ITEM, QUADRANT_NAME, QUADRANT_SIDE } from './strings';

// Static text: kept as the server drew it; the code loads only for a panel drawn afresh.
const guideView = deferredView(() => import('./GuideQuestions').then((m) => m.GuideQuestions));
if (import.meta.env.SSR) await guideView.load();

export function QuadrantPanel({ ed, q }: { ed: Editor; q: Quadrant }) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const items = ed.data.items[q];

  const add = () => {
    // The field itself is the truth: a key pressed straight after typing can reach this
    // handler before the render that would carry the new draft.
    const text = input.current?.value ?? draft;
    const check = checkNewItem(ed.data, q, text);
    if (!check.ok) {
      setError(check.message);
      ed.focus([focusKey.add(q)]);
      return;
    }
    setDraft('');
    setError('');
    ed.apply(addItem(ed.data, q, check.text, ed.newId()), {
      focus: [focusKey.add(q)],
      notice: { scope: q, text: ITEM.added(q, shorten(check.text)) },
    });
  };

  const sort = () => {
    const before = itemOrder(ed.data, q);
    ed.apply(sortByImportance(ed.data, q), {
      focus: [focusKey.sort(q)],
      notice: {
        scope: q,
        text: ITEM.sorted(q),
        undo: {
          run: (data) => restoreOrder(data, q, before),
          text: ITEM.unsorted,
          focus: [focusKey.sort(q)],
        },
      },
    });
  };

  return (
    <section aria-labelledby={`${id}-h`} class={`swot-quadrant swot-q-${q}`}>
      <h3 id={`${id}-h`} class="swot-quadrant-heading">
        <span class="swot-letter" aria-hidden="true">
          {q}
        </span>
        {QUADRANT_NAME[q]}
      </h3>
      <p class="swot-side">{QUADRANT_SIDE[q]}</p>
      <Deferred view={guideView} props={{ q }} name={`swot-guide-${q}`} />
      <fieldset class="swot-quadrant-body" disabled={ed.readOnly}>
        <form
          class="swot-add"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <label for={`${id}-add`} class="ws-label">
            {ITEM.add(q)}
          </label>
          <div class="swot-add-row">
            <input
              id={`${id}-add`}
              ref={input}
              type="text"
              value={draft}
              maxLength={LIMITS.item}
              autoComplete="off"
              enterKeyHint="done"
              data-focus={focusKey.add(q)}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? `${id}-err` : undefined}
              onInput={(e) => {
                setDraft(e.currentTarget.value);
                if (error) setError('');
              }}
              onKeyDown={(e) => {
                // Enter that confirms an IME candidate (Chinese input) must not add the item.
                if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229) return;
                e.preventDefault();
                add();
              }}
            />
            <button type="submit">{ITEM.addButton}</button>
          </div>
          <p id={`${id}-err`} class="ws-error swot-add-error" role="status">
            {error}
          </p>
        </form>
        <NoticeLine ed={ed} scope={q} />
        <div class="swot-list-bar">
          <button
            type="button"
            data-focus={focusKey.sort(q)}
            disabled={items.length < 2}
            onClick={sort}
          >
            {ITEM.sort}
            <span class="ws-sr-only"> {QUADRANT_NAME[q]}</span>
          </button>
          <span class="ws-hint">{ITEM.count(items.length)}</span>
        </div>
        {items.length === 0 ? (
          <p class="ws-hint">{ITEM.none}</p>
        ) : (
          <ol class="swot-items">
            {items.map((item, index) => (
              <ItemRow
                key={item.id}
                ed={ed}
                q={q}
                item={item}
                index={index}
                last={index === items.length - 1}
                example={ed.left?.has(item.id)}
                exampleEvidence={ed.left?.has(`${item.id}.evidence`)}
              />
            ))}
          </ol>
        )}
      </fieldset>
    </section>
  );
}

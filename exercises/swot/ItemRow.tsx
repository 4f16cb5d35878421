/**
 * One item of a quadrant: its text (edited in place), 重要性, 依据, and the keyboard
 * controls 上移 / 下移 / 移到… / 删除. Moving to another quadrant is a select plus a 移动
 * button, so arrowing through the select never moves anything by itself.
 */
import { useId, useState } from 'preact/hooks';
import { focusKey, type Editor } from './editor';
import { LineArea } from './LineArea';
import { memo } from './memo';
import {
  LIMITS,
  moveItem,
  moveItemTo,
  QUADRANTS,
  removeItem,
  restoreItem,
  shorten,
  updateItem,
  type Quadrant,
  type SwotItem,
} from './model';
import { ITEM, QUADRANT_NAME } from './strings';

interface Props {
  ed: Editor;
  q: Quadrant;
  item: SwotItem;
  index: number;
  /** Whether this is the quadrant's last item (not the count, so adding re-renders one row). */
  last: boolean;
  /** The text and the 依据 are still the course example's (marked until edited). */
  example?: boolean;
  exampleEvidence?: boolean;
}

/** Memoised: typing in one item re-renders that row only (`ed` is stable). */
export const ItemRow = memo(function ItemRow(props: Props) {
  const { ed, q, item, index, last } = props;
  const id = useId();
  const others = QUADRANTS.filter((other) => other !== q);
  const [target, setTarget] = useState<Quadrant>(others[0]);
  const name = ITEM.label(q, index + 1);
  const key = (part: Parameters<typeof focusKey.item>[1]) => focusKey.item(item.id, part);
  const sr = <span class="ws-sr-only"> {name}</span>;

  const step = (delta: -1 | 1) => {
    const next = moveItem(ed.data, item.id, delta);
    const first = delta < 0 ? key('up') : key('down');
    const other = delta < 0 ? key('down') : key('up');
    ed.apply(next, {
      focus: [first, other, key('text')],
      notice: { scope: q, text: ITEM.movedWithin(shorten(item.text), index + 1 + delta) },
    });
  };

  const moveAcross = () => {
    const next = moveItemTo(ed.data, item.id, target);
    ed.apply(next, {
      focus: [key('text')],
      notice: {
        scope: target,
        text: ITEM.moved(shorten(item.text), target, next.items[target].length),
      },
    });
  };

  const remove = () => {
    const result = removeItem(ed.data, item.id);
    if (!result) return;
    const list = ed.data.items[q];
    const neighbours = [list[index + 1], list[index - 1]].filter(Boolean);
    ed.apply(result.data, {
      focus: [...neighbours.map((n) => focusKey.item(n.id, 'text')), focusKey.add(q)],
      notice: {
        scope: q,
        text: ITEM.removed(shorten(item.text)),
        undo: {
          run: (data) => restoreItem(data, result.removed),
          text: ITEM.restored(shorten(item.text)),
          focus: [key('text')],
        },
      },
    });
  };

  return (
    <li class="swot-item">
      <LineArea
        class="swot-item-text"
        label={name}
        value={item.text}
        maxLength={LIMITS.item}
        focusKey={key('text')}
        example={props.example}
        onInput={(text) => ed.apply(updateItem(ed.data, item.id, { text }))}
      />
      <div class="swot-item-meta">
        <div class="ws-field swot-importance">
          <label for={`${id}-imp`} class="ws-label">
            <span class="ws-sr-only">{name} </span>
            {ITEM.importance}
          </label>
          <select
            id={`${id}-imp`}
            value={String(item.importance)}
            onChange={(e) =>
              ed.apply(updateItem(ed.data, item.id, { importance: Number(e.currentTarget.value) }))
            }
          >
            {ITEM.importanceOption.map((label, i) => (
              <option key={label} value={String(i + 1)}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <LineArea
          class="swot-evidence"
          label={ITEM.evidence}
          srPrefix={name}
          value={item.evidence}
          maxLength={LIMITS.evidence}
          placeholder={ITEM.evidencePlaceholder}
          example={props.exampleEvidence}
          onInput={(evidence) => ed.apply(updateItem(ed.data, item.id, { evidence }))}
        />
      </div>
      <div class="swot-item-actions">
        <button
          type="button"
          data-focus={key('up')}
          disabled={index === 0}
          onClick={() => step(-1)}
        >
          {ITEM.up}
          {sr}
        </button>
        <button type="button" data-focus={key('down')} disabled={last} onClick={() => step(1)}>
          {ITEM.down}
          {sr}
        </button>
        <span class="swot-move">
          <label for={`${id}-to`}>
            {ITEM.moveTo}
            {sr}
          </label>
          <select
            id={`${id}-to`}
            value={target}
            data-focus={key('move')}
            onChange={(e) => setTarget(e.currentTarget.value as Quadrant)}
          >
            {others.map((other) => (
              <option key={other} value={other}>
                {QUADRANT_NAME[other]} {other}
              </option>
            ))}
          </select>
          <button type="button" onClick={moveAcross}>
            {ITEM.move}
            {sr}
          </button>
        </span>
        <button type="button" class="ws-danger" data-focus={key('remove')} onClick={remove}>
          {ITEM.remove}
          {sr}
        </button>
      </div>
    </li>
  );
});

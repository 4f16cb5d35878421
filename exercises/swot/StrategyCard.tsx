/**
 * One TOWS strategy: its text, the items it builds on (checkboxes from the group's two
 * quadrants, plus references whose item was deleted or moved away, which can be removed),
 * 转为 SMART 目标 and 删除策略.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ShareLinkResult } from '../core/share';
import { focusKey, type Editor } from './editor';
import { LineArea } from './LineArea';
import { memo } from './memo';
import {
  GROUP_QUADRANTS,
  LIMITS,
  liveRefCount,
  removeStrategy,
  resolveRefs,
  restoreStrategy,
  setRef,
  shorten,
  updateStrategy,
  type Strategy,
  type StrategyGroup,
  type SwotData,
} from './model';
import { ITEM, QUADRANT_NAME, TOWS } from './strings';

interface Props {
  ed: Editor;
  g: StrategyGroup;
  strategy: Strategy;
  index: number;
  /** What the card shows besides the strategy (for memoising): all items, 分析对象, link base. */
  items: SwotData['items'];
  subject: string;
  href: string;
  /** The text is still the course example's (marked until edited). */
  example?: boolean;
}

/** Memoised on its props; handlers read the latest data through `ed`. */
export const StrategyCard = memo(function StrategyCard({
  ed,
  g,
  strategy,
  index,
  href,
  example,
}: Props) {
  const name = TOWS.strategy(g, index + 1);
  const refs = resolveRefs(ed.data, g, strategy);
  const stale = refs.filter((r) => r.status !== 'ok');
  const linked = refs.flatMap((r) =>
    r.status === 'ok' ? [`${QUADRANT_NAME[r.quadrant]}「${r.item.text || ITEM.untitled}」`] : [],
  );
  // Compressing the link is the costly part: redo it only when what the link carries changes
  // (the strategy, 分析对象 and the items it builds on). It is worked out after render, by
  // handoff.ts with the link code, which load on first use; until then the old link stays.
  const carried = JSON.stringify([
    strategy.text,
    ed.data.subject,
    refs.map((r) => (r.status === 'deleted' ? '' : [r.quadrant, r.item.text])),
  ]);
  const hasText = strategy.text.trim() !== '';
  const [link, setLink] = useState<ShareLinkResult | null>(null);
  useEffect(() => {
    if (!hasText) return setLink(null);
    let current = true;
    import('./handoff')
      .then((m) => m.smartGoalLink(ed.data, g, strategy, href))
      .then(
        (result) => current && setLink(result),
        // The link code could not load (offline, or the site was updated meanwhile).
        () => current && setLink({ ok: false, message: TOWS.toSmartFailed, length: 0 }),
      );
    return () => {
      current = false;
    };
  }, [carried, href, hasText]);

  const remove = () => {
    const result = removeStrategy(ed.data, g, strategy.id);
    if (!result) return;
    const short = shorten(strategy.text) || name;
    const list = ed.data.strategies[g];
    const neighbours = [list[index + 1], list[index - 1]].filter(Boolean);
    ed.apply(result.data, {
      focus: [...neighbours.map((s) => focusKey.strategy(s.id, 'text')), focusKey.addStrategy(g)],
      notice: {
        scope: g,
        text: TOWS.removed(short),
        undo: {
          run: (data) => restoreStrategy(data, result.removed),
          text: TOWS.restored(short),
          focus: [focusKey.strategy(strategy.id, 'text')],
        },
      },
    });
  };

  return (
    <li class="swot-strategy">
      <LineArea
        label={name}
        value={strategy.text}
        maxLength={LIMITS.strategy}
        focusKey={focusKey.strategy(strategy.id, 'text')}
        example={example}
        onInput={(text) => ed.apply(updateStrategy(ed.data, g, strategy.id, { text }))}
      />
      <p class={linked.length ? 'swot-refs' : 'swot-refs ws-hint'}>
        {linked.length ? `${TOWS.refs}：${linked.join('；')}` : TOWS.noRefs}
      </p>
      {stale.length > 0 && (
        <ul class="swot-stale" aria-label={`${name} ${TOWS.refs}`}>
          {stale.map((r) => (
            <li key={r.id}>
              <span>
                {r.status === 'deleted'
                  ? TOWS.deleted
                  : `${QUADRANT_NAME[r.quadrant]}「${r.item.text || ITEM.untitled}」${TOWS.movedTo(r.quadrant)}`}
              </span>
              <button
                type="button"
                onClick={() =>
                  ed.apply(setRef(ed.data, g, strategy.id, r.id, false), {
                    focus: [focusKey.strategy(strategy.id, 'text')],
                  })
                }
              >
                {TOWS.dropRef}
              </button>
            </li>
          ))}
        </ul>
      )}
      <details class="swot-pick">
        <summary>
          {TOWS.pick(liveRefCount(ed.data, g, strategy))}
          <span class="ws-sr-only"> {name}</span>
        </summary>
        {GROUP_QUADRANTS[g].map((q) => (
          <fieldset key={q} class="swot-pick-group">
            <legend>{QUADRANT_NAME[q]}</legend>
            {ed.data.items[q].length === 0 && <p class="ws-hint">{TOWS.noItems(q)}</p>}
            {ed.data.items[q].map((item) => (
              <label key={item.id} class="swot-check">
                <input
                  type="checkbox"
                  checked={strategy.refs.includes(item.id)}
                  onChange={(e) =>
                    ed.apply(setRef(ed.data, g, strategy.id, item.id, e.currentTarget.checked))
                  }
                />
                <span>{item.text || ITEM.untitled}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </details>
      <div class="swot-strategy-actions">
        {!hasText ? (
          <p class="ws-hint">{TOWS.toSmartHint}</p>
        ) : link?.ok ? (
          <a
            class="swot-smart-link"
            href={link.url}
            aria-label={`${TOWS.toSmart}：${name}`}
            onClick={ed.flush}
          >
            {TOWS.toSmart}
          </a>
        ) : (
          link && <p class="ws-hint">{link.message}</p>
        )}
        <button
          type="button"
          class="ws-danger"
          data-focus={focusKey.strategy(strategy.id, 'remove')}
          onClick={remove}
        >
          {TOWS.remove}
          <span class="ws-sr-only"> {name}</span>
        </button>
      </div>
    </li>
  );
});

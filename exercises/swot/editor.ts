/**
 * What every SWOT sub-view receives: the data, an `apply` that saves an edit and says where
 * focus goes next, and the one pending notice (with its 撤销). Focus targets are named by
 * `data-focus` keys (`item:<id>:text`, `add:S`…) and found after the next render, so focus
 * can follow an item into another quadrant; the first key that names an enabled element wins.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { SwotData } from './schema';
import type { Quadrant, StrategyGroup } from './shape';

export interface Notice {
  /** Where the message is shown: the quadrant or TOWS group the action happened in. */
  scope: Quadrant | StrategyGroup;
  text: string;
  undo?: {
    run(data: SwotData): SwotData;
    /** Message and focus after undoing. */
    text: string;
    focus: string[];
  };
}

/**
 * One object for the whole life of the form (so rows can be memoised): `data` and the other
 * fields always read the latest render's values.
 */
export interface Editor {
  readonly data: SwotData;
  readonly readOnly: boolean;
  readonly notice: Notice | null;
  readonly smartGoalHref: string;
  /** What still holds the course example (example-values.ts), once its code has loaded. */
  readonly left: ReadonlySet<string> | null;
  /** Save `next`; then move focus to the first of `focus` and show `notice` (if given). */
  apply(next: SwotData, after?: { focus?: string[]; notice?: Notice | null }): void;
  focus(keys: string[]): void;
  undo(): void;
  /** A new item or strategy id, unique in this document. */
  newId(): string;
  /** Write pending edits now (before leaving the page through a link). */
  flush(): void;
}

export const focusKey = {
  add: (q: Quadrant) => `add:${q}`,
  sort: (q: Quadrant) => `sort:${q}`,
  item: (id: string, part: 'text' | 'up' | 'down' | 'move' | 'remove') => `item:${id}:${part}`,
  strategy: (id: string, part: 'text' | 'remove') => `strategy:${id}:${part}`,
  addStrategy: (g: StrategyGroup) => `add-strategy:${g}`,
};

/** Focus the first enabled element named by `keys` after the next render. */
export function useFocusAfterRender<E extends HTMLElement>() {
  const root = useRef<E>(null);
  const pending = useRef<string[] | null>(null);
  useEffect(() => {
    const keys = pending.current;
    if (!keys || !root.current) return;
    pending.current = null;
    const all = Array.from(root.current.querySelectorAll<HTMLElement>('[data-focus]'));
    for (const key of keys) {
      const el = all.find((e) => e.dataset.focus === key && !(e as HTMLButtonElement).disabled);
      if (el) {
        el.focus();
        return;
      }
    }
  });
  const focusLater = useRef((keys: string[]) => {
    pending.current = keys;
  }).current;
  return { root, focusLater };
}

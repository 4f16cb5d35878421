/**
 * A table box that scrolls sideways on narrow screens (the page itself never does). It can
 * take focus so keyboard users can scroll it, and is named by the table's caption.
 */
import type { ComponentChildren } from 'preact';

export function ScrollBox(props: { labelledBy: string; children: ComponentChildren }) {
  return (
    <div class="ws-table-wrap" tabIndex={0} role="region" aria-labelledby={props.labelledBy}>
      {props.children}
    </div>
  );
}

/**
 * An embedded page tells its parent how tall its content is, so that the parent's
 * public/embed.js can size the iframe without a scrollbar. Only a height is sent (to any
 * origin: the embedding page is not known in advance, and a height reveals nothing).
 */
import { heightMessage } from '../../exercises/core/workshop';

/** Post `el`'s height to the parent window whenever it changes; no-op outside a frame. */
export function reportHeight(el: HTMLElement, win: Window = window): void {
  if (win.parent === win) return;
  let last = 0;
  const post = () => {
    // The content's own height, not the viewport's: the iframe must be able to shrink too.
    const style = win.getComputedStyle(el);
    const height =
      el.getBoundingClientRect().height +
      parseFloat(style.marginTop || '0') +
      parseFloat(style.marginBottom || '0');
    if (Math.abs(height - last) < 1) return;
    last = height;
    win.parent.postMessage(heightMessage(height), '*');
  };
  new ResizeObserver(post).observe(el);
  win.addEventListener('load', post);
  post();
}

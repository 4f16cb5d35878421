/**
 * A card's flag while the document still holds the worked example's values
 * (core/example-values.ts): the places by name, or how many. Nothing while none is left.
 */
import { COLLECT_TEXT as T } from './strings';

export function ExampleFlag({ left }: { left: readonly string[] | number }) {
  const what = typeof left === 'number' ? (left > 0 ? T.exampleCount(left) : '') : left.join('、');
  return what ? (
    <p class="collect-flag">
      <span aria-hidden="true">⚠ </span>
      {T.exampleLeft(what)}
    </p>
  ) : null;
}

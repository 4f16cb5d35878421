/**
 * The checks' warning while a document still holds the worked example's values: the places by
 * name, or how many there are (each is marked beside its field). Nothing while none is left.
 */
import { EXAMPLE_LEFT_TEXT as T } from '../check-strings';

export function ExampleWarning({ left }: { left: readonly string[] | number }) {
  const what = typeof left === 'number' ? (left > 0 ? T.count(left) : '') : left.join('、');
  return what ? (
    <p class="ws-notice ws-notice-warn">
      <span aria-hidden="true">! </span>
      {T.left(what)}
    </p>
  ) : null;
}

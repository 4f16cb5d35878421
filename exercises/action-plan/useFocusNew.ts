/** Focus for lists whose 添加… button adds a row (goals, actions). */
import { useEffect, useRef } from 'preact/hooks';

/** After 添加…, keyboard and screen-reader users land in the new row's first field. */
export function useFocusNew(count: number) {
  const list = useRef<HTMLOListElement>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    list.current?.querySelector<HTMLElement>('li:last-child :is(input, textarea)')?.focus();
  }, [count]);
  return { list, request: () => void (pending.current = true) };
}

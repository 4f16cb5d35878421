/**
 * Debounced saving: edits schedule a write, the last value wins, `flush()` writes now.
 * The hook calls flush on `pagehide` and when the page becomes hidden, because mobile
 * browsers may discard a background tab without running timers again.
 */

export type SaveStatus = 'saved' | 'saving' | 'memory' | 'error';

export interface AutosaveOptions<V> {
  /** Write the value; return false (or throw) to report an error. */
  save(value: V): boolean | void;
  /** True when storage has fallen back to memory. */
  isMemory?(): boolean;
  delay?: number;
  onStatus?(status: SaveStatus): void;
  setTimer?(fn: () => void, ms: number): unknown;
  clearTimer?(handle: unknown): void;
}

export interface Autosave<V> {
  schedule(value: V): void;
  flush(): void;
  /** Forget a pending write (used before deleting the document it belongs to). */
  cancel(): void;
  pending(): boolean;
  status(): SaveStatus;
}

export const AUTOSAVE_DELAY = 400;

export function createAutosave<V>(options: AutosaveOptions<V>): Autosave<V> {
  const delay = options.delay ?? AUTOSAVE_DELAY;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer =
    options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let timer: unknown = null;
  let queued: { value: V } | null = null;
  let status: SaveStatus = options.isMemory?.() ? 'memory' : 'saved';

  function setStatus(next: SaveStatus) {
    if (next === status) return;
    status = next;
    options.onStatus?.(next);
  }

  function stopTimer() {
    if (timer !== null) clearTimer(timer);
    timer = null;
  }

  function flush() {
    stopTimer();
    if (!queued) return;
    const { value } = queued;
    queued = null;
    let ok: boolean;
    try {
      ok = options.save(value) !== false;
    } catch {
      ok = false;
    }
    setStatus(!ok ? 'error' : options.isMemory?.() ? 'memory' : 'saved');
  }

  return {
    schedule(value) {
      queued = { value };
      setStatus('saving');
      stopTimer();
      timer = setTimer(flush, delay);
    },
    flush,
    cancel() {
      stopTimer();
      queued = null;
      setStatus(options.isMemory?.() ? 'memory' : 'saved');
    },
    pending: () => queued !== null,
    status: () => status,
  };
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type AutosaveOptions } from './autosave';

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes once, 400 ms after the last change, with the last value', () => {
    const save = vi.fn();
    const statuses: string[] = [];
    const autosave = createAutosave<string>({ save, onStatus: (s) => statuses.push(s) });
    autosave.schedule('a');
    vi.advanceTimersByTime(300);
    autosave.schedule('ab');
    vi.advanceTimersByTime(300);
    expect(save).not.toHaveBeenCalled();
    expect(autosave.status()).toBe('saving');
    vi.advanceTimersByTime(100);
    expect(save).toHaveBeenCalledExactlyOnceWith('ab');
    expect(statuses).toEqual(['saving', 'saved']);
  });

  it('flush writes immediately (pagehide) and only once', () => {
    const save = vi.fn();
    const autosave = createAutosave<number>({ save });
    autosave.schedule(1);
    autosave.flush();
    autosave.flush();
    vi.runAllTimers();
    expect(save).toHaveBeenCalledExactlyOnceWith(1);
    expect(autosave.pending()).toBe(false);
  });

  it('cancel drops the pending write', () => {
    const save = vi.fn();
    const autosave = createAutosave<number>({ save });
    autosave.schedule(1);
    autosave.cancel();
    vi.runAllTimers();
    expect(save).not.toHaveBeenCalled();
    expect(autosave.status()).toBe('saved');
  });

  const throwing = (): boolean => {
    throw new Error('x');
  };

  it.each<[string, AutosaveOptions<number>]>([
    ['memory', { save: () => true, isMemory: () => true }],
    ['error', { save: () => false }],
    ['error', { save: throwing }],
  ])('reports %s', (expected, options) => {
    const autosave = createAutosave<number>(options);
    autosave.schedule(1);
    autosave.flush();
    expect(autosave.status()).toBe(expected);
  });
});

// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLazy } from './lazy';

function Probe({ load, when }: { load: () => Promise<{ word: string }>; when: boolean }) {
  const loaded = useLazy(load, when);
  return <p>{loaded === null ? '无' : loaded === 'failed' ? '失败' : loaded.word}</p>;
}

afterEach(cleanup);

describe('useLazy', () => {
  it('loads the module only once it is needed, and only once', async () => {
    const load = vi.fn(async () => ({ word: '已载入' }));
    const { rerender } = render(<Probe load={load} when={false} />);
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled();
    expect(screen.getByText('无')).toBeTruthy();
    rerender(<Probe load={load} when />);
    expect(await screen.findByText('已载入')).toBeTruthy();
    rerender(<Probe load={load} when={false} />);
    expect(screen.getByText('无')).toBeTruthy();
    rerender(<Probe load={load} when />);
    expect(screen.getByText('已载入')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reports a module that cannot be loaded', async () => {
    const load = () => Promise.reject(new TypeError('Failed to fetch'));
    render(<Probe load={load} when />);
    expect(await screen.findByText('失败')).toBeTruthy();
  });
});

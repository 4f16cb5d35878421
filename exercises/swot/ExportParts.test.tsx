// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import Swot from './Swot';

// 复制为 Markdown and 打印空白表 load their code on first use; here it cannot load.
vi.mock('./markdown', () => {
  throw new Error('network error');
});
vi.mock('./SwotBlank', () => {
  throw new Error('network error');
});

const LOAD_FAILED = '这部分功能没能加载，请检查网络后刷新页面。本机保存的内容没有任何改动。';

afterEach(cleanup);

it('says so when 复制为 Markdown cannot load, and copies nothing', async () => {
  const writeText = vi.fn(async (_: string) => {});
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  render(<Swot />);
  fireEvent.click(screen.getByRole('button', { name: '复制为 Markdown' }));
  expect(await screen.findByText(LOAD_FAILED)).toBeTruthy();
  expect(writeText).not.toHaveBeenCalled();
});

it('says so when the blank template cannot load, and does not print', async () => {
  const print = vi.fn();
  Object.defineProperty(window, 'print', { value: print, configurable: true });
  render(<Swot />);
  fireEvent.click(screen.getByRole('button', { name: '打印空白表' }));
  expect((await screen.findByRole('alert')).textContent).toBe(LOAD_FAILED);
  expect(print).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: '返回我的分析' }));
  expect(screen.getByLabelText('分析对象')).toBeTruthy();
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import Swot from './Swot';

// The link code (lz-string) loads on first use; here it cannot load.
vi.mock('../core/share', () => {
  throw new Error('network error');
});

afterEach(cleanup);

it('says so when the 转为 SMART 目标 link cannot be made', async () => {
  localStorage.clear();
  render(<Swot />);
  fireEvent.click(screen.getByRole('button', { name: '添加 SO 策略' }));
  fireEvent.input(screen.getByLabelText('SO 策略 1'), { target: { value: '主攻县城酒店' } });
  expect(await screen.findByText(/链接没能生成/)).toBeTruthy();
  expect(screen.queryByRole('link', { name: /转为 SMART 目标/ })).toBeNull();
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import ActionPlan from './ActionPlan';
import ActionPlanBody from './CollectBody';
import { EXAMPLE } from './model';
import { loadParts } from './PlanForm';

beforeAll(loadParts);

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '';
  // "Today" is day 61 of the worked example (started 2027-01-04).
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2027, 2, 5, 9, 0));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const field = (name: string) => screen.getByLabelText(name) as HTMLInputElement;

async function loadExample() {
  render(<ActionPlan />);
  await waitFor(() => expect(field('计划开始日期').disabled).toBe(false));
  fireEvent.click(screen.getByRole('button', { name: '载入示例' }));
  await waitFor(() => expect(field('计划开始日期').value).toBe('2027-01-04'));
}

describe('ActionPlan form', () => {
  it('载入示例 fills the three phases with the chapter’s plan; every check passes', async () => {
    await loadExample();
    expect(field('第 31–60 天 阶段目标 1').value).toContain('方案阶段转化率从 25% 提高到 30%');
    expect(field('第 31–60 天 行动 3 状态').value).toBe('dropped');
    expect(field('第 1–30 天 复盘日期').value).toBe('2027-02-02');
    expect(screen.getByText('2027 年 2 月 3 日至 2027 年 3 月 4 日')).toBeTruthy();
    const checks = screen.getByRole('region', { name: '计划检查' });
    expect(checks.textContent).toContain('三个阶段都有可衡量的目标');
    const table = screen.getByRole('table', { name: '时间线（表格）' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 9 + 3);
    expect(screen.getByText('今天是计划的第 61 天（2027 年 3 月 5 日）。')).toBeTruthy();
    // 9 actions, 3 goals, 2 结果, 2 原因 and the focus are still the example's.
    expect(screen.getAllByText('示例内容：请改成你自己的')).toHaveLength(17);
  });

  it('warns when an action’s 完成日期 leaves its phase and when a phase loses its measurable goal', async () => {
    await loadExample();
    fireEvent.input(field('第 31–60 天 行动 3 完成日期'), { target: { value: '2027-03-10' } });
    const checks = screen.getByRole('region', { name: '计划检查' });
    await waitFor(() =>
      expect(checks.textContent).toContain(
        '第 31–60 天行动 3 的完成日期（2027 年 3 月 10 日）不在本阶段内',
      ),
    );
    fireEvent.input(field('第 61–90 天 阶段目标 1'), {
      target: { value: '努力把有效的做法固定下来' },
    });
    await waitFor(() => expect(checks.textContent).toContain('第 61–90 天还没有可衡量的阶段目标'));
  });

  it('adds an action with labelled fields and focuses its first field', async () => {
    render(<ActionPlan />);
    await waitFor(() => expect(field('计划开始日期').disabled).toBe(false));
    fireEvent.click(screen.getAllByRole('button', { name: '添加行动' })[0]);
    await waitFor(() => expect(document.activeElement).toBe(field('第 1–30 天 第 1 项 行动')));
    expect(field('第 1–30 天 行动 1 负责人')).toBeTruthy();
    expect(field('第 1–30 天 行动 1 状态').value).toBe('todo');
  });
});

describe('汇总', () => {
  it('shows the goals per phase and flags what is still the example', () => {
    render(<ActionPlanBody data={EXAMPLE} />);
    expect(document.body.textContent).toContain('计划开始日期：2027 年 1 月 4 日');
    expect(screen.getByText(/方案阶段转化率从 25% 提高到 30%/)).toBeTruthy();
    expect(screen.getAllByText('行动 3 项，已完成 3 项')).toHaveLength(1);
    expect(
      screen.getByText(/^含未修改的示例内容：第 1–30 天阶段目标 1、第 31–60 天阶段目标 1/),
    ).toBeTruthy();
  });
});

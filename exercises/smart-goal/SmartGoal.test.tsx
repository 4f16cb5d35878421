// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import SmartGoal from './SmartGoal';
import { loadParts } from './SmartGoalForm';

// The parts below the checks load after the island in a browser; here they are drawn at once.
beforeAll(loadParts);

const LABELS = [
  '目标名称',
  '具体描述',
  '衡量指标',
  '基线值',
  '目标值',
  '单位',
  '可实现性依据',
  '关联的上级目标',
  '截止日期',
];

function type(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

function statement() {
  return screen.getByTestId('statement').textContent;
}

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('SmartGoal form', () => {
  it('labels every goal field with its exact Chinese name', () => {
    render(<SmartGoal />);
    for (const label of LABELS) {
      expect(screen.getByText(label, { selector: 'label' })).toBeTruthy();
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
  });

  it('typing into 目标名称 updates the statement', () => {
    render(<SmartGoal />);
    expect(statement()).toBe('填写上面的字段后，这里会生成完整的目标陈述。');
    type('目标名称', '华东区新客户开发');
    expect(statement()).toBe('完成华东区新客户开发。');
    type('目标值', '35');
    type('单位', '家');
    expect(statement()).toBe('将华东区新客户开发提升到 35 家。');
  });

  it('an invalid 基线值 shows a message tied to the field', () => {
    render(<SmartGoal />);
    const input = screen.getByLabelText('基线值');
    type('基线值', '12a');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const ids = input.getAttribute('aria-describedby')!.split(' ');
    const messages = ids.map((id) => document.getElementById(id)?.textContent);
    expect(messages).toContain('请输入数字');
    type('基线值', '１,２００');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText('请输入数字')).toBeNull();
  });

  it('载入示例 fills the form and every check passes', () => {
    render(<SmartGoal />);
    fireEvent.click(screen.getByRole('button', { name: '载入示例' }));
    expect((screen.getByLabelText('目标名称') as HTMLInputElement).value).toBe('华东区新客户开发');
    expect((screen.getByLabelText('基线值') as HTMLInputElement).value).toBe('20');
    expect((screen.getByLabelText('里程碑 1 日期') as HTMLInputElement).value).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
    expect(statement()).toMatch(
      /^在 \d{4} 年 \d+ 月 \d+ 日前，将华东区新客户数从 20 家提升到 35 家（\+75%），以支撑公司年度增长战略。$/,
    );
    expect(screen.getAllByText('符合')).toHaveLength(5);
    // The document takes the goal's name.
    expect(screen.getByRole('option', { name: /华东区新客户开发/ })).toBeTruthy();
  });

  it('载入示例 on a filled form opens the example as a new document', () => {
    render(<SmartGoal />);
    type('目标名称', '我的目标');
    fireEvent.click(screen.getByRole('button', { name: '载入示例' }));
    expect(
      screen.getByText('示例已放在一份新文档里，你原来的文档都还在，可以在“当前文档”里切换。'),
    ).toBeTruthy();
    const options = within(screen.getByLabelText('当前文档')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['我的目标', '华东区新客户开发']);
  });

  it('adds numbered milestone rows and removes them', () => {
    render(<SmartGoal />);
    fireEvent.click(screen.getByRole('button', { name: '添加里程碑' }));
    fireEvent.click(screen.getByRole('button', { name: '添加里程碑' }));
    expect(screen.getByLabelText('里程碑 2 描述')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '删除里程碑 1' }));
    expect(screen.queryByLabelText('里程碑 2 描述')).toBeNull();
    expect(screen.getByLabelText('里程碑 1 日期')).toBeTruthy();
  });

  it('shows the cascade and a mismatch after a hand-typed share', () => {
    render(<SmartGoal />);
    type('目标值', '100');
    type('单位', '家');
    expect(screen.getByText('分解总量：100 家')).toBeTruthy();
    type('第一季度 手动指标', '40');
    expect(
      screen.getByText('各期间合计 115 家，与分解总量 100 家相差 15 家：请调整手动指标。'),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText('分解方式'), { target: { value: 'quarter' } });
    expect(screen.getByLabelText('第 13 周 权重')).toBeTruthy();
    expect(screen.getByText('合计与分解总量一致。')).toBeTruthy();
  });

  it('splits to people by weight', () => {
    render(<SmartGoal />);
    type('目标值', '10');
    type('单位', '家');
    fireEvent.click(screen.getByRole('button', { name: '添加成员' }));
    fireEvent.click(screen.getByRole('button', { name: '添加成员' }));
    fireEvent.click(screen.getByRole('button', { name: '添加成员' }));
    type('成员 1 姓名', '张伟');
    type('成员 1 权重', '2');
    const cells = screen.getAllByRole('row').map((r) => r.textContent);
    expect(cells.some((t) => t?.includes('5'))).toBe(true);
    type('成员 2 权重', '-1');
    expect(screen.getByText('不能为负数')).toBeTruthy();
  });
});

describe('saving', () => {
  it('autosaves after a pause and shows the document again on the next visit', async () => {
    vi.useFakeTimers();
    const first = render(<SmartGoal />);
    type('目标名称', '保存测试');
    expect(Object.keys(localStorage).some((k) => k.includes(':doc:'))).toBe(false);
    act(() => void vi.advanceTimersByTime(500));
    expect(
      Object.keys(localStorage).filter((k) => k.startsWith('smc:v1:default:smart-goal:doc:')),
    ).toHaveLength(1);
    expect(screen.getByText('已保存')).toBeTruthy();
    first.unmount();
    vi.useRealTimers();

    // The next visit loads the reader for what is stored, then shows it.
    render(<SmartGoal />);
    await waitFor(() =>
      expect((screen.getByLabelText('目标名称') as HTMLInputElement).value).toBe('保存测试'),
    );
  });

  it('writes pending edits at once on pagehide', () => {
    render(<SmartGoal />);
    type('目标名称', '马上保存');
    window.dispatchEvent(new Event('pagehide'));
    const keys = Object.keys(localStorage).filter((k) => k.includes(':doc:'));
    expect(localStorage.getItem(keys[0])).toContain('马上保存');
  });

  it('keeps namespaces apart', () => {
    vi.useFakeTimers();
    const a = render(<SmartGoal namespace="ws.ws1" />);
    type('目标名称', '工作坊');
    act(() => void vi.advanceTimersByTime(500));
    a.unmount();
    render(<SmartGoal />);
    expect((screen.getByLabelText('目标名称') as HTMLInputElement).value).toBe('');
  });

  it('falls back to memory with a notice when the browser blocks storage', async () => {
    vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw Object.assign(new Error('blocked'), { name: 'SecurityError' });
    });
    render(<SmartGoal />);
    expect((await screen.findByRole('alert')).textContent).toContain(
      '本页内容只保存在内存中，关闭页面前请导出',
    );
    type('目标名称', '只在内存');
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(statement()).toBe('完成只在内存。');
    expect(screen.getByText('仅保存在内存中')).toBeTruthy();
  });
});

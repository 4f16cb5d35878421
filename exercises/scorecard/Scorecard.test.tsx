// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import CollectBody from './CollectBody';
import { EXAMPLE } from './model';
import Scorecard from './Scorecard';
import { loadParts } from './ScorecardForm';

beforeAll(loadParts);
beforeEach(() => {
  localStorage.clear();
  window.location.hash = '';
});
afterEach(cleanup);

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

async function ready() {
  render(<Scorecard />);
  await waitFor(() =>
    expect(screen.getByLabelText('考核周期').hasAttribute('disabled')).toBe(false),
  );
  await waitFor(() =>
    expect(
      (screen.getByLabelText('考核周期').closest('fieldset') as HTMLFieldSetElement).disabled,
    ).toBe(false),
  );
}

describe('Scorecard form', () => {
  it('labels the fields with the course names', async () => {
    await ready();
    for (const label of ['指标名称', '权重', '目标值', '计分方式', '实际值'])
      expect(screen.getAllByLabelText(label, { exact: false }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('columnheader', { name: '得分' }).length).toBe(1);
    expect(screen.getByText('类别权重合计：').textContent).toContain('100%');
  });

  it('loads the example and shows the chapter total of 83 分', async () => {
    await ready();
    fireEvent.click(screen.getByRole('button', { name: '载入示例' }));
    await waitFor(() => expect(screen.getByRole('table', { name: '张伟的得分' })).toBeTruthy());
    const zhang = screen.getByRole('table', { name: '张伟的得分' });
    expect(within(zhang).getByText('83.00 分')).toBeTruthy();
    for (const s of ['85.00', '80.00', '90.00', '70.00'])
      expect(within(zhang).getAllByText(s).length).toBeGreaterThan(0);
    const ranking = await screen.findByRole('table', { name: '团队排名' });
    const rows = within(ranking)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows[1]).toContain('李娜');
    expect(rows[2]).toBe('张伟285.0080.0090.0070.0083.00');
    expect(screen.getByRole('table', { name: '得分分布（表格）' }).textContent).toContain('王强');
  });

  it('warns live when the weights do not total 100%', async () => {
    await ready();
    type('能力指标 类别权重', '29.99');
    expect(screen.getByText('类别权重合计：').textContent).toContain('99.99%');
    expect(screen.getByText('四类指标的权重合计为 99.99%，应为 100%。')).toBeTruthy();
    type('能力指标 类别权重', '３０％');
    expect(screen.queryByText(/四类指标的权重合计为/)).toBeNull();
  });

  it('bad input gets a Chinese message and keeps the text', async () => {
    await ready();
    type('业绩指标第 1 项 目标值', '12a');
    const field = screen.getByLabelText('业绩指标第 1 项 目标值') as HTMLInputElement;
    expect(field.value).toBe('12a');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('scores a member as the actual is typed', async () => {
    await ready();
    type('业绩指标第 1 项 指标名称', '销售额');
    type('业绩指标第 1 项 目标值', '500');
    type('成员 1 销售额 实际值', '450');
    const table = screen.getByRole('table', { name: '成员 1的得分' });
    expect(within(table).getAllByText('90.00').length).toBe(2);
  });
});

describe('汇总 body', () => {
  it('lists the ranking and flags what is still the example', () => {
    render(<CollectBody data={EXAMPLE} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['李娜：102.72 分', '张伟：83.00 分', '王强：63.98 分']);
    expect(screen.getByText(/含未修改的示例内容：指标与权重、张伟、李娜、王强/)).toBeTruthy();
  });
});

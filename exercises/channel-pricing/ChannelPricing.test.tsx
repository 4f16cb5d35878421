// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import ChannelPricing from './ChannelPricing';
import { loadParts } from './PricingForm';

// The parts below the settings load after the island in a browser; here they are drawn at once.
beforeAll(loadParts);

function type(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

function input(label: string): HTMLInputElement {
  return screen.getByLabelText(label) as HTMLInputElement;
}

/** The chain table's row for a tier, as text cells. */
function chainRow(name: string): string[] {
  const region = screen.getByRole('region', { name: /^价格链（/ });
  const row = within(region)
    .getAllByRole('row')
    .find((r) => r.querySelector('th')?.firstChild?.textContent === name);
  if (!row) throw new Error(`no row ${name}`);
  return [...row.querySelectorAll('td')].map(
    (td) => td.querySelector('.cp-value')?.textContent ?? td.textContent ?? '',
  );
}

/** Messages an element points at with aria-describedby. */
function descriptions(el: Element): string[] {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '');
}

/** NaN, Infinity and -0 must never reach the screen. */
function expectCleanNumbers() {
  const text = document.body.textContent ?? '';
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
  expect(text).not.toMatch(/(^|[^\d.,])-0(\.0+)?(?![\d.,])/);
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

describe('ChannelPricing', () => {
  it('labels the main inputs and the method radios', () => {
    render(<ChannelPricing />);
    for (const label of ['单位成本', '建议零售价', '增值税率']) {
      expect(screen.getByText(label, { selector: 'label' })).toBeTruthy();
      expect(screen.getByLabelText(label).tagName).toBe('INPUT');
    }
    expect((screen.getByRole('radio', { name: '零售价倒推' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(screen.getByRole('radio', { name: '成本加成' })).toBeTruthy();
    expect(input('增值税率').value).toBe('13');
    expect(screen.getByText('金额按四舍五入保留到分；百分比保留一位小数。')).toBeTruthy();
    expectCleanNumbers();
  });

  it('updates every dependent figure when 建议零售价 changes', async () => {
    render(<ChannelPricing />);
    type('建议零售价', '100');
    type('经销商 进价折扣（折）', '6');
    type('零售商 进价折扣（折）', '8');
    type('单位成本', '40');
    expect(chainRow('经销商')).toEqual([
      '60.00',
      '80.00',
      '20.00',
      '25.0%',
      '33.3%',
      '零售价 100.00 × 6 折 = 60.00',
    ]);
    expect(chainRow('厂商').slice(0, 5)).toEqual(['40.00', '60.00', '13.10', '24.7%', '32.8%']);
    // 结果汇总 is drawn by its own code, loaded once the figures differ from the blank sheet.
    expect(await screen.findByText('53.10 元/件')).toBeTruthy();

    type('建议零售价', '200');
    // 200 × 0.6 = 120; 200 × 0.8 = 160; the ratios stay, the amounts double.
    expect(chainRow('经销商')).toEqual([
      '120.00',
      '160.00',
      '40.00',
      '25.0%',
      '33.3%',
      '零售价 200.00 × 6 折 = 120.00',
    ]);
    expect(chainRow('零售商').slice(0, 5)).toEqual(['160.00', '200.00', '40.00', '20.0%', '25.0%']);
    expect(chainRow('消费者')[0]).toBe('200.00');
    // 厂商: 120 ÷ 1.13 = 106.19 不含税; 66.19 ÷ 106.19 = 62.3 %; 66.19 ÷ 40 = 165.5 %.
    expect(chainRow('厂商').slice(0, 5)).toEqual(['40.00', '120.00', '66.19', '62.3%', '165.5%']);
    expect(screen.getByText('106.19 元/件')).toBeTruthy();
    // On the 不含税 basis: 200 ÷ 1.13 = 176.99; 176.99 − 106.19 = 70.80 = 40.0 % of 176.99.
    expect(screen.getByText('70.80 元（占不含税零售价 40.0%）')).toBeTruthy();
    // The other basis next to the input: 200 ÷ 1.13 = 176.99 (figures.ts loads on the first edit).
    await waitFor(() => expect(descriptions(input('建议零售价'))).toContain('不含税 176.99'));
    expectCleanNumbers();
  });

  it.each([
    ['abc', '请输入数字'],
    ['-5', '不能为负数'],
    ['1e20', '请直接输入数字，不支持科学计数法（如 1e5）'],
    ['99.999', '金额最多保留两位小数（到分）'],
  ])('a bad 建议零售价 (%j) shows a message and no NaN', (value, message) => {
    render(<ChannelPricing />);
    fireEvent.click(screen.getByRole('button', { name: '载入示例' }));
    type('建议零售价', value);
    const field = input('建议零售价');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(descriptions(field)).toContain(message);
    expect(chainRow('经销商').slice(0, 5)).toEqual(['—', '—', '—', '—', '—']);
    expect(screen.getByText('还需要填写：建议零售价。')).toBeTruthy();
    expectCleanNumbers();
  });

  it('accepts what people type: full-width digits, separators, ¥, 折', () => {
    render(<ChannelPricing />);
    fireEvent.click(screen.getByRole('button', { name: '载入示例' }));
    type('建议零售价', '¥１,０００.００');
    type('经销商 进价折扣（折）', '6 折');
    expect(input('建议零售价').getAttribute('aria-invalid')).toBeNull();
    expect(descriptions(input('建议零售价'))).toContain('按 1,000.00 计算');
    expect(chainRow('经销商')[0]).toBe('600.00');
    type('经销商 进价折扣（折）', '60%');
    expect(descriptions(input('经销商 进价折扣（折）'))).toContain(
      '此处按折填写：6 折填 6，不要填 60%',
    );
    expectCleanNumbers();
  });

  it('载入示例 fills the chain, the breaks and the scenarios', async () => {
    render(<ChannelPricing />);
    fireEvent.click(screen.getByRole('button', { name: '载入示例' }));
    expect(input('建议零售价').value).toBe('100');
    expect(input('单位成本').value).toBe('40');
    // The floor is the company's own supply price to the 经销商; approval levels 3 / 5 / 10 %.
    expect(input('经销商进价 最低限价（元/件）').value).toBe('56');
    expect(screen.queryByLabelText('零售商进价 最低限价（元/件）')).toBeNull();
    expect(screen.queryByLabelText(/消费者/, { selector: 'input[type="checkbox"]' })).toBeNull();
    expect(input('销售总监最多批准降价（%）').value).toBe('10');
    // The producer's pocket price: 53.10 − 6.08 = 47.02 (pocket.test.ts has the arithmetic).
    const pocket = screen.getByRole('region', { name: '厂商的到手价（不含税，数据表）' });
    expect(pocket.textContent).toContain('到手价47.02');
    expect(
      screen.getByText(
        '开票价 53.10 元，到手价 47.02 元；到手毛利 7.02 元，到手毛利率 14.9%（按开票价算是 24.7%）。',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: '见本章“价格管理的边界”' }).getAttribute('href')).toBe(
      '/channels/pricing/#价格管理的边界哪些可以管哪些不能管',
    );
    expect(input('经销商 进价折扣（折）').value).toBe('6');
    expect(input('零售商 进价折扣（折）').value).toBe('8');
    expect(chainRow('零售商').slice(0, 5)).toEqual(['80.00', '100.00', '20.00', '20.0%', '25.0%']);
    // The chapter's order of 1200 units: 64800 vs 69300.
    const order = await screen.findByRole('region', { name: '订货 1,200 件的货款' });
    expect(within(order).getByText('64,800.00')).toBeTruthy();
    expect(within(order).getByText('69,300.00')).toBeTruthy();
    expect(within(order).getByRole('row', { name: /^分段累进/ }).textContent).toBe(
      '分段累进500 × 60.00 + 500 × 57.00 + 200 × 54.0069,300.0057.75',
    );
    expect(
      screen.getByText(/订 1,000 件要付 57,000.00 元，订 1,001 件只付 54,054.00 元/),
    ).toBeTruthy();
    // The waterfall has an accessible name and a data table.
    expect(
      screen.getByRole('img', {
        name: '价格瀑布图（不含税口径）：从零售价 100.00 元扣除增值税后逐级拆分到单位成本',
      }),
    ).toBeTruthy();
    const table = screen.getByRole('region', { name: '价格瀑布（不含税口径，数据表）' });
    expect(table.textContent).toContain('增值税合计−11.5013.0%');
    expect(table.textContent).toContain('零售商毛利−17.7020.0%');
    expect(table.textContent).toContain('厂商毛利−13.1014.8%');
    expect(
      screen.getByRole('option', { name: /^示例：建议零售价 100 元的三级价格链/ }),
    ).toBeTruthy();
    expectCleanNumbers();
  });

  it('ties each check to the figure it is about', () => {
    render(<ChannelPricing />);
    fireEvent.click(screen.getByRole('button', { name: '载入示例' }));
    type('建议零售价', '90'); // 经销商 6 折 = 54 < 56
    const region = screen.getByRole('region', { name: /^价格链（/ });
    const dealer = within(region).getByRole('row', { name: /^经销商/ });
    const [buy, , , margin] = dealer.querySelectorAll('.cp-value');
    expect(buy.textContent).toBe('54.00');
    expect(descriptions(buy)).toEqual(['⚠ 注意：低于最低限价 56.00 元（差 2.00 元）']);
    expect(margin.getAttribute('aria-describedby')).toBeNull();
    // 厂商: 54 ÷ 1.13 = 47.79 不含税, 16.3 % < 20 %: told at its margin.
    const producer = within(region).getByRole('row', { name: /^厂商/ });
    expect(descriptions(producer.querySelectorAll('.cp-value')[3])).toEqual([
      '⚠ 注意：毛利率 16.3% 低于最低毛利率 20.0%',
    ]);
  });

  it('switching markup to margin changes the price: 3.63 vs 3.67', () => {
    render(<ChannelPricing />);
    fireEvent.click(screen.getByRole('radio', { name: '成本加成' }));
    fireEvent.click(screen.getByRole('radio', { name: '不含税' }));
    type('单位成本', '3.30');
    type('厂商 加价率（%）', '10');
    expect(chainRow('厂商').slice(0, 5)).toEqual(['3.30', '3.63', '0.33', '9.1%', '10.0%']);
    fireEvent.click(screen.getByRole('radio', { name: '厂商 按目标毛利率' }));
    expect(input('厂商 目标毛利率（%）').value).toBe('10');
    expect(chainRow('厂商').slice(0, 5)).toEqual(['3.30', '3.67', '0.37', '10.1%', '11.2%']);
    type('厂商 目标毛利率（%）', '100');
    expect(descriptions(input('厂商 目标毛利率（%）'))).toContain('毛利率必须小于 100%');
    expectCleanNumbers();
  });

  it('renames, reorders and removes tiers from the keyboard-operable buttons', () => {
    render(<ChannelPricing />);
    type('第 2 级 名称', '总代理');
    expect(screen.getByRole('group', { name: '第 2 级：总代理' })).toBeTruthy();
    const down = screen.getByRole('button', { name: '下移 总代理' });
    down.focus();
    fireEvent.click(down);
    const legends = screen
      .getAllByRole('group', { name: /^第 \d 级：/ })
      .map((g) => g.querySelector('legend')?.textContent);
    expect(legends).toEqual([
      '第 1 级：厂商',
      '第 2 级：零售商',
      '第 3 级：总代理',
      '第 4 级：消费者',
    ]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '下移 总代理' }));
    expect((screen.getByRole('button', { name: '上移 厂商' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: '删除 总代理' }));
    expect(screen.queryByRole('group', { name: '第 3 级：总代理' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '添加层级' }));
    fireEvent.click(screen.getByRole('button', { name: '添加层级' }));
    expect(screen.getByRole('group', { name: '第 3 级：新层级' })).toBeTruthy();
  });

  it('says when the chain is too short', () => {
    render(<ChannelPricing />);
    for (const name of ['厂商', '经销商', '零售商'])
      fireEvent.click(screen.getByRole('button', { name: `删除 ${name}` }));
    expect(
      screen.getAllByText('价格链至少需要两级：一个卖方和一个买方。请添加层级。').length,
    ).toBeGreaterThan(0);
    expectCleanNumbers();
  });

  it('autosaves and shows the chain again on the next visit', async () => {
    vi.useFakeTimers();
    const first = render(<ChannelPricing />);
    type('建议零售价', '128');
    act(() => void vi.advanceTimersByTime(500));
    expect(
      Object.keys(localStorage).filter((k) => k.startsWith('smc:v1:default:channel-pricing:doc:')),
    ).toHaveLength(1);
    first.unmount();
    vi.useRealTimers();
    render(<ChannelPricing />);
    await waitFor(() => expect(input('建议零售价').value).toBe('128'));
  });
});

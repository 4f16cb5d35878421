// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { hydrate } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeFragment } from '../core/share';
import { smartGoalDefinition } from '../smart-goal/definition';
import { createData as createGoal } from '../smart-goal/model';
import Swot from './Swot';

const QUADRANTS = [
  ['优势', '添加优势'],
  ['劣势', '添加劣势'],
  ['机会', '添加机会'],
  ['威胁', '添加威胁'],
] as const;

function region(name: string) {
  return screen.getByRole('region', { name: new RegExp(`^${name}`) });
}

/** Type into an 添加… input and press Enter. */
function add(label: string, text: string) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  fireEvent.input(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
  return input;
}

function valueOf(label: string, scope: HTMLElement = document.body) {
  return (within(scope).getByLabelText(label) as HTMLTextAreaElement).value;
}

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the four quadrants', () => {
  it('are labelled regions laid out in one 2×2 matrix', () => {
    const { container } = render(<Swot />);
    const matrix = container.querySelector('.swot-matrix')!;
    for (const [name] of QUADRANTS) expect(matrix.contains(region(name))).toBe(true);
    expect(screen.getByLabelText('分析对象')).toBeTruthy();
    expect(screen.getByLabelText('日期')).toBeTruthy();
  });

  it.each(QUADRANTS)(
    'Enter in 添加%s adds an item there and keeps focus for the next',
    (name, label) => {
      render(<Swot />);
      const input = add(label, `第一条${name}`);
      expect(valueOf(`${name} 1`, region(name))).toBe(`第一条${name}`);
      expect(input.value).toBe('');
      expect(document.activeElement).toBe(input);
      expect(within(region(name)).getByText(`已添加${name}「第一条${name}」。`)).toBeTruthy();
      for (const [other] of QUADRANTS) {
        if (other !== name) expect(within(region(other)).queryByLabelText(`${other} 1`)).toBeNull();
      }
    },
  );

  it('refuses blank text gently, and ignores Enter that confirms a Chinese input candidate', () => {
    render(<Swot />);
    const input = add('添加优势', '   ');
    expect(screen.getByText('请先写下内容再添加。')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByLabelText('优势 1')).toBeNull();
    fireEvent.input(input, { target: { value: '响应快' } });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    expect(screen.queryByLabelText('优势 1')).toBeNull();
    fireEvent.click(within(region('优势')).getByRole('button', { name: '添加' }));
    expect(valueOf('优势 1')).toBe('响应快');
    expect(input.maxLength).toBe(200);
  });

  it('moves an item to another quadrant with 移到 and 移动, focus following it', () => {
    render(<Swot />);
    add('添加优势', '竞争对手降价');
    add('添加优势', '响应快');
    fireEvent.change(screen.getByLabelText('移到 优势 1'), { target: { value: 'T' } });
    fireEvent.click(screen.getByRole('button', { name: '移动 优势 1' }));
    const moved = within(region('威胁')).getByLabelText('威胁 1');
    expect((moved as HTMLTextAreaElement).value).toBe('竞争对手降价');
    expect(document.activeElement).toBe(moved);
    expect(valueOf('优势 1', region('优势'))).toBe('响应快');
    expect(
      within(region('威胁')).getByText('已把「竞争对手降价」移到威胁（第 1 条）。'),
    ).toBeTruthy();
  });

  it('reorders with 上移 / 下移, keeping focus on the moved item', () => {
    render(<Swot />);
    for (const text of ['甲', '乙', '丙']) add('添加机会', text);
    fireEvent.click(screen.getByRole('button', { name: '上移 机会 3' }));
    expect(['机会 1', '机会 2', '机会 3'].map((l) => valueOf(l))).toEqual(['甲', '丙', '乙']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '上移 机会 2' }));
    fireEvent.click(screen.getByRole('button', { name: '上移 机会 2' }));
    // At the top 上移 is disabled, so focus moves to 下移 of the same item.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '下移 机会 1' }));
    expect(valueOf('机会 1')).toBe('丙');
  });

  it('deletes with 撤销, focusing the neighbour and then the restored item', () => {
    render(<Swot />);
    for (const text of ['甲', '乙', '丙']) add('添加劣势', text);
    fireEvent.click(screen.getByRole('button', { name: '删除 劣势 2' }));
    expect(['劣势 1', '劣势 2'].map((l) => valueOf(l))).toEqual(['甲', '丙']);
    expect(document.activeElement).toBe(screen.getByLabelText('劣势 2'));
    expect(screen.getByText('已删除「乙」。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '撤销' }));
    expect(['劣势 1', '劣势 2', '劣势 3'].map((l) => valueOf(l))).toEqual(['甲', '乙', '丙']);
    expect(document.activeElement).toBe(screen.getByLabelText('劣势 2'));
    expect(screen.getByText('已恢复「乙」。')).toBeTruthy();
  });

  it('edits inline and sorts by importance (stable)', () => {
    render(<Swot />);
    for (const text of ['甲', '乙', '丙']) add('添加威胁', text);
    fireEvent.input(screen.getByLabelText('威胁 1'), { target: { value: '甲（改）' } });
    fireEvent.change(screen.getByLabelText('威胁 3 重要性'), { target: { value: '5' } });
    fireEvent.input(screen.getByLabelText('威胁 3 依据'), { target: { value: '招标公告' } });
    fireEvent.click(screen.getByRole('button', { name: '按重要性排序 威胁' }));
    expect(['威胁 1', '威胁 2', '威胁 3'].map((l) => valueOf(l))).toEqual(['丙', '甲（改）', '乙']);
    expect(valueOf('威胁 1 依据')).toBe('招标公告');
  });

  it('shows markup and emoji literally', () => {
    const { container } = render(<Swot />);
    add('添加优势', '<b>x</b> 🚀');
    add('添加机会', '<img src=x onerror=alert(1)>');
    expect(valueOf('优势 1')).toBe('<b>x</b> 🚀');
    expect(container.querySelector('.swot b, .swot img')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '添加 SO 策略' }));
    const picker = within(region('SO 策略'));
    expect(picker.getByLabelText('<b>x</b> 🚀')).toBeTruthy();
    expect(picker.getByLabelText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });

  it('stays usable with 50 items in a quadrant', () => {
    const { container } = render(<Swot />);
    const input = screen.getByLabelText('添加优势');
    for (let i = 1; i <= 50; i++) {
      fireEvent.input(input, { target: { value: `优势条目 ${i}` } });
      fireEvent.keyDown(input, { key: 'Enter' });
    }
    const quadrant = region('优势');
    expect(within(quadrant).getByText('50 条')).toBeTruthy();
    expect(container.querySelectorAll('.swot-q-S .swot-item')).toHaveLength(50);
    // Label queries over 50 rows are slow in happy-dom; the rows' buttons are found in order.
    const down = () =>
      container.querySelectorAll<HTMLButtonElement>('.swot-q-S [data-focus$=":down"]');
    fireEvent.click(down()[0]);
    expect(valueOf('优势 2', quadrant)).toBe('优势条目 1');
    expect(document.activeElement).toBe(down()[1]);
    expect(down()[49].disabled).toBe(true);
    // 50 rows rendered one by one in happy-dom: slow on a busy machine, so more time than the
    // default; what it checks stays the same.
  }, 20_000);
});

describe('TOWS strategies', () => {
  function strategyWith(refs: string[]) {
    render(<Swot smartGoalHref="/course/exercises/smart-goal/" />);
    fireEvent.input(screen.getByLabelText('分析对象'), { target: { value: '华东分销渠道' } });
    add('添加优势', '覆盖全省 12 个地市');
    add('添加机会', '县城酒店翻新需求增长');
    fireEvent.click(screen.getByRole('button', { name: '添加 SO 策略' }));
    const text = screen.getByLabelText('SO 策略 1');
    expect(document.activeElement).toBe(text);
    fireEvent.input(text, { target: { value: '借经销商网络主攻县城酒店' } });
    for (const ref of refs) fireEvent.click(screen.getByLabelText(ref));
  }

  it('转为 SMART 目标 links to the SMART page with the strategy prefilled', async () => {
    strategyWith(['覆盖全省 12 个地市', '县城酒店翻新需求增长']);
    const link = await screen.findByRole('link', { name: '转为 SMART 目标：SO 策略 1' });
    const href = link.getAttribute('href')!;
    expect(href.startsWith('/course/exercises/smart-goal/#new=')).toBe(true);
    expect(
      screen.getByText(
        '转为 SMART 目标时，分析对象写进具体描述；关联的上级目标请在 SMART 表中自己填写：这个目标支撑团队或公司的哪个目标？',
      ),
    ).toBeTruthy();
    const decoded = decodeFragment(href.slice(href.indexOf('#')), smartGoalDefinition);
    expect(decoded).toEqual({
      kind: 'new',
      result: {
        ok: true,
        data: {
          ...createGoal(),
          name: '借经销商网络主攻县城酒店',
          specific:
            '借经销商网络主攻县城酒店\n分析对象：华东分销渠道\n\nTOWS SO 策略（用优势抓住机会），依据：\n- 优势：覆盖全省 12 个地市\n- 机会：县城酒店翻新需求增长',
        },
      },
    });
  });

  it('references survive edits; a deleted item shows as deleted until 撤销', () => {
    strategyWith(['覆盖全省 12 个地市']);
    const cell = region('SO 策略');
    fireEvent.input(screen.getByLabelText('优势 1'), { target: { value: '覆盖全省 13 个地市' } });
    expect(within(cell).getByText('依据的条目：优势「覆盖全省 13 个地市」')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '删除 优势 1' }));
    expect(within(cell).getByText('（已删除的条目）')).toBeTruthy();
    expect(within(cell).getByText('还没有勾选依据的条目。')).toBeTruthy();
    fireEvent.click(within(region('优势')).getByRole('button', { name: '撤销' }));
    expect(within(cell).queryByText('（已删除的条目）')).toBeNull();
    expect(within(cell).getByText('依据的条目：优势「覆盖全省 13 个地市」')).toBeTruthy();
  });

  it('已选 counts only references to items that still exist', () => {
    strategyWith(['覆盖全省 12 个地市', '县城酒店翻新需求增长']);
    const cell = region('SO 策略');
    expect(within(cell).getByText('选择依据的条目（已选 2 条）')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '删除 优势 1' }));
    expect(within(cell).getByText('（已删除的条目）')).toBeTruthy();
    expect(within(cell).getByText('选择依据的条目（已选 1 条）')).toBeTruthy();
  });

  it('an item moved out of the group is flagged and its reference can be removed', () => {
    strategyWith(['覆盖全省 12 个地市']);
    fireEvent.change(screen.getByLabelText('移到 优势 1'), { target: { value: 'W' } });
    fireEvent.click(screen.getByRole('button', { name: '移动 优势 1' }));
    const cell = within(region('SO 策略'));
    expect(cell.getByText('劣势「覆盖全省 12 个地市」（已移到劣势）')).toBeTruthy();
    fireEvent.click(cell.getByRole('button', { name: '移除引用' }));
    expect(cell.queryByText(/已移到劣势/)).toBeNull();
  });

  it('deletes a strategy with 撤销', () => {
    strategyWith([]);
    fireEvent.click(screen.getByRole('button', { name: '删除策略 SO 策略 1' }));
    expect(screen.queryByLabelText('SO 策略 1')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '添加 SO 策略' }));
    fireEvent.click(within(region('SO 策略')).getByRole('button', { name: '撤销' }));
    expect(valueOf('SO 策略 1')).toBe('借经销商网络主攻县城酒店');
  });
});

describe('saving', () => {
  it('keeps items and strategies across visits, per namespace', async () => {
    const first = render(<Swot namespace="ws.ws1" />);
    add('添加优势', '保存测试');
    fireEvent.click(screen.getByRole('button', { name: '添加 WT 策略' }));
    fireEvent.input(screen.getByLabelText('WT 策略 1'), { target: { value: '减少劣势' } });
    window.dispatchEvent(new Event('pagehide'));
    first.unmount();

    const second = render(<Swot namespace="ws.ws1" />);
    await waitFor(() => expect(valueOf('优势 1')).toBe('保存测试'));
    expect(valueOf('WT 策略 1')).toBe('减少劣势');
    second.unmount();
    render(<Swot />);
    expect(screen.queryByLabelText('优势 1')).toBeNull();
  });

  it('offers 转为 SMART 目标 only once the strategy has text', () => {
    render(<Swot />);
    fireEvent.click(screen.getByRole('button', { name: '添加 ST 策略' }));
    expect(screen.queryByRole('link', { name: /转为 SMART 目标/ })).toBeNull();
    expect(screen.getByText('写下策略内容后，可以转为 SMART 目标。')).toBeTruthy();
  });
});

describe('export and print', () => {
  it('复制为 Markdown copies escaped Markdown', async () => {
    const writeText = vi.fn(async (_: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<Swot />);
    add('添加优势', '*重点*客户');
    await act(
      async () => void fireEvent.click(screen.getByRole('button', { name: '复制为 Markdown' })),
    );
    expect(await screen.findByText('已复制 Markdown，可以粘贴到文档、邮件或笔记中。')).toBeTruthy();
    expect(writeText.mock.calls[0][0]).toContain('1. \\*重点\\*客户（重要性 3）');
  });

  it('shows the Markdown to copy by hand when the clipboard is refused', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    render(<Swot />);
    await act(
      async () => void fireEvent.click(screen.getByRole('button', { name: '复制为 Markdown' })),
    );
    expect(
      ((await screen.findByLabelText('Markdown 文本')) as HTMLTextAreaElement).value,
    ).toContain('# SWOT 分析');
  });

  it('打印空白表 shows the empty 2×2 with writing lines, prints, and goes back', async () => {
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    const { container } = render(<Swot />);
    add('添加优势', '不应出现在空白表上');
    fireEvent.click(screen.getByRole('button', { name: '打印空白表' }));
    // The template's code loads first; then the page prints, once.
    await vi.waitFor(() => expect(print).toHaveBeenCalledOnce());
    const blank = container.querySelector('.swot-blank')!;
    expect(blank.querySelectorAll('.swot-matrix > section')).toHaveLength(4);
    expect(blank.querySelectorAll('.swot-writing-line').length).toBeGreaterThan(30);
    expect(blank.textContent).not.toContain('不应出现在空白表上');
    fireEvent.click(screen.getByRole('button', { name: '返回我的分析' }));
    expect(valueOf('优势 1')).toBe('不应出现在空白表上');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '打印空白表' }));
  });

  it('载入示例 fills the worksheet with the course example', async () => {
    render(<Swot />);
    fireEvent.click(screen.getByRole('button', { name: '载入示例' }));
    expect((screen.getByLabelText('分析对象') as HTMLInputElement).value).toBe(
      '某区域工业润滑油业务',
    );
    expect(valueOf('威胁 2')).toBe('部分大客户转向集中招标');
    expect(await screen.findAllByRole('link', { name: /^转为 SMART 目标/ })).toHaveLength(4);
  });
});

describe('loading', () => {
  it('hydrates the server-rendered form in place when the stored document loads', async () => {
    render(<Swot />);
    add('添加优势', '已保存的优势');
    cleanup();
    // The page as served: the form rendered without storage, read-only until loaded.
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Swot />);
    document.body.append(container);
    const served = container.querySelector('.swot-matrix');
    expect(served).not.toBeNull();
    act(() => hydrate(<Swot />, container));
    await waitFor(() => expect(valueOf('优势 1', container)).toBe('已保存的优势'));
    // The stored document replaced the draft without the form being built again.
    expect(container.querySelector('.swot-matrix')).toBe(served);
    container.remove();
  });
});

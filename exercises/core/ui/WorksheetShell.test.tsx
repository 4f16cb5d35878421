// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorksheetLocation } from '../controller';
import { encodeShareLink } from '../share';
import type { SheetsOf } from '../sheets';
import { createMemoryEngine, type StorageEngine } from '../storage';
import { notesDefinition } from '../testing';
import { TextArea } from './fields';
import { useWorksheet, type UseWorksheetOptions } from './useWorksheet';
import { WorksheetShell } from './WorksheetShell';

function Notes(props: {
  options: UseWorksheetOptions;
  printBlank?: boolean;
  workshop?: string;
  sheets?: () => Promise<SheetsOf<{ text: string }>>;
}) {
  const ws = useWorksheet(notesDefinition, props.options);
  return (
    <WorksheetShell
      ws={ws}
      label="测试笔记"
      printBlank={props.printBlank}
      workshop={props.workshop}
      sheets={props.sheets}
    >
      {(doc, readOnly) => (
        <TextArea
          label="正文"
          value={doc.data.text}
          disabled={readOnly}
          onInput={(text) => ws.actions.update({ ...doc.data, text })}
        />
      )}
    </WorksheetShell>
  );
}

function location(hash = ''): WorksheetLocation {
  return { hash, href: `https://x.example/notes/${hash}`, clearHash: vi.fn() };
}

function mount(opts: { engine?: StorageEngine; hash?: string; printBlank?: boolean } = {}) {
  const engine = opts.engine ?? createMemoryEngine();
  const download = vi.fn();
  const options = { engine, location: location(opts.hash), download, autosaveDelay: 10_000 };
  render(<Notes options={options} printBlank={opts.printBlank} />);
  return { engine, download };
}

const type = (value: string) =>
  fireEvent.input(screen.getByLabelText('正文'), { target: { value } });
const docSelect = () => screen.getByLabelText('当前文档') as HTMLSelectElement;
const optionTitles = () =>
  within(docSelect())
    .getAllByRole('option')
    .map((o) => o.textContent);

/** happy-dom has no `window.print`: a stand-in that records calls (and never sends afterprint). */
function stubPrint(onPrint: () => void = () => {}) {
  const print = vi.fn(onPrint);
  window.print = print;
  return print;
}

afterEach(cleanup);

describe('WorksheetShell', () => {
  it('creates, renames and switches documents', () => {
    mount();
    type('第一份');
    fireEvent.click(screen.getByRole('button', { name: '新建' }));
    expect(optionTitles()).toEqual(['未命名笔记', '未命名笔记']);
    fireEvent.click(screen.getByRole('button', { name: '重命名' }));
    const input = screen.getByLabelText('文档名称');
    expect(document.activeElement).toBe(input);
    fireEvent.input(input, { target: { value: '第二份' } });
    fireEvent.click(screen.getByRole('button', { name: '保存名称' }));
    expect(optionTitles()).toEqual(['未命名笔记', '第二份']);
    fireEvent.change(docSelect(), { target: { value: docSelect().options[0].value } });
    expect((screen.getByLabelText('正文') as HTMLTextAreaElement).value).toBe('第一份');
  });

  it('asks before deleting, then offers 撤销', () => {
    mount();
    type('重要内容');
    act(() => void window.dispatchEvent(new Event('pagehide')));
    fireEvent.click(screen.getByRole('button', { name: '删除' }));
    expect(screen.getByText('确定删除「未命名笔记」吗？')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(optionTitles()).toEqual(['未命名笔记']);

    fireEvent.click(screen.getByRole('button', { name: '删除' }));
    fireEvent.click(screen.getByRole('button', { name: '确定删除' }));
    expect(screen.getByText('已删除「未命名笔记」。')).toBeTruthy();
    expect((screen.getByLabelText('正文') as HTMLTextAreaElement).value).toBe('');
    const undo = screen.getByRole('button', { name: '撤销' });
    expect(document.activeElement).toBe(undo);
    fireEvent.click(undo);
    expect((screen.getByLabelText('正文') as HTMLTextAreaElement).value).toBe('重要内容');
  });

  it('shows an import error in Chinese and changes nothing', async () => {
    mount();
    type('原有内容');
    const file = new File(['{"exercise":"swot","schemaVersion":1'], 'x.json', {
      type: 'application/json',
    });
    await act(async () => {
      fireEvent.change(screen.getByLabelText('打开文件'), { target: { files: [file] } });
    });
    await vi.waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('文件内容不完整或不是 JSON'),
    );
    expect((screen.getByLabelText('正文') as HTMLTextAreaElement).value).toBe('原有内容');
    expect(optionTitles()).toHaveLength(1);
  });

  it('exports the open document as JSON', () => {
    const { download } = mount();
    type('导出我');
    fireEvent.click(screen.getByRole('button', { name: '保存为文件' }));
    expect(download).toHaveBeenCalledOnce();
    expect(JSON.parse(download.mock.calls[0][0].text).data.text).toBe('导出我');
    // Every action confirms in the message line, with the file's name.
    expect(screen.getByText(/^已导出为文件「notes-.+\.json」/)).toBeTruthy();
  });

  it('offers 导出 Excel and 导出 CSV only for a worksheet that describes its sheets', () => {
    mount();
    expect(screen.queryByRole('button', { name: '导出 Excel' })).toBeNull();
    expect(screen.queryByRole('button', { name: '导出 CSV' })).toBeNull();
  });

  it('explains in Chinese when the spreadsheet export cannot load, and changes nothing', async () => {
    const options = { engine: createMemoryEngine(), location: location(), autosaveDelay: 10_000 };
    render(<Notes options={options} sheets={() => Promise.reject(new Error('offline'))} />);
    type('原有内容');
    fireEvent.click(screen.getByRole('button', { name: '导出 Excel' }));
    await vi.waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        '表格文件没能生成：导出功能没能加载，请检查网络后再试。你的内容没有任何改动。',
      ),
    );
    expect((screen.getByLabelText('正文') as HTMLTextAreaElement).value).toBe('原有内容');
    expect(screen.getByRole('button', { name: '导出 CSV' })).toHaveProperty('disabled', false);
  });

  it('opens a shared link read-only with 保存为我的副本', async () => {
    const link = encodeShareLink(
      {
        id: 'x',
        exercise: 'notes',
        schemaVersion: 2,
        title: '同事的笔记',
        createdAt: '',
        updatedAt: '',
        data: { text: '分享的内容', count: '', items: [] },
      },
      'https://x.example/notes/',
    );
    if (!link.ok) throw new Error('link');
    mount({ hash: new URL(link.url).hash });
    await screen.findByText('你正在查看别人分享的「同事的笔记」（只读）');
    const body = screen.getByLabelText('正文') as HTMLTextAreaElement;
    expect(body.value).toBe('分享的内容');
    expect(body.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '保存为我的副本' }));
    expect(optionTitles()).toEqual(['同事的笔记']);
    expect((screen.getByLabelText('正文') as HTMLTextAreaElement).disabled).toBe(false);
  });

  it('shows unreadable data with 导出原始数据 (the reader loads first)', async () => {
    const engine = createMemoryEngine({
      'smc:v1:default:notes:index': '["bad"]',
      'smc:v1:default:notes:doc:bad': 'garbage',
    });
    const { download } = mount({ engine });
    const region = await screen.findByRole('region', { name: '有些数据无法读取' });
    fireEvent.click(within(region).getByRole('button', { name: '导出原始数据' }));
    expect(download.mock.calls[0][0].text).toBe('garbage');
  });

  it('announces the save status quietly, and never 已保存 for a draft', () => {
    vi.useFakeTimers();
    mount();
    // A draft the page has not stored says what will happen, like its entry in the list.
    const status = screen.getByText('填写后自动保存');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(optionTitles()[0]).toContain('（尚未保存）');
    type('x');
    act(() => void vi.advanceTimersByTime(10_000));
    expect(status.textContent).toBe('已保存');
    type('xy');
    // Typing does not make the live region chatter.
    expect(status.textContent).toBe('已保存');
    vi.useRealTimers();
  });

  it('prints every character of a long answer (a print-only copy beside the textarea)', () => {
    mount();
    const long = '客户拜访记录与下一步计划。'.repeat(200);
    type(long);
    const copy = screen.getByText(long);
    expect(copy.getAttribute('aria-hidden')).toBe('true');
    expect(copy.previousElementSibling).toBe(screen.getByLabelText('正文'));
  });

  it('打印空白表 prints an empty form, then brings the document back', async () => {
    mount();
    type('我的答案');
    const printed: string[] = [];
    const print = stubPrint(() => {
      printed.push((screen.getByLabelText('正文') as HTMLTextAreaElement).value);
    });
    fireEvent.click(screen.getByRole('button', { name: '打印空白表' }));
    await vi.waitFor(() => expect(print).toHaveBeenCalledOnce());
    expect(printed).toEqual(['']);
    expect(screen.getByText(/正在打印空白表/)).toBeTruthy();
    expect((screen.getByLabelText('正文') as HTMLTextAreaElement).disabled).toBe(true);

    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect((screen.getByLabelText('正文') as HTMLTextAreaElement).value).toBe('我的答案');
    expect(screen.queryByText(/正在打印空白表/)).toBeNull();
  });

  it('打印空白表 can be undone by hand when the browser sends no afterprint', async () => {
    mount();
    type('我的答案');
    const print = stubPrint();
    fireEvent.click(screen.getByRole('button', { name: '打印空白表' }));
    await vi.waitFor(() => expect(print).toHaveBeenCalledOnce());
    fireEvent.click(screen.getByRole('button', { name: '回到我的内容' }));
    expect((screen.getByLabelText('正文') as HTMLTextAreaElement).value).toBe('我的答案');
  });

  it('loads 下一位参与者 with a workshop code, and clears only that workshop', async () => {
    const engine = createMemoryEngine({ 'smc:v1:default:notes:doc:mine': 'x' });
    const options = {
      engine,
      namespace: 'ws.ws-1',
      location: location(),
      download: vi.fn(),
      autosaveDelay: 10_000,
    };
    render(<Notes options={options} workshop="ws-1" />);
    type('上一位的答案');
    fireEvent.click(await screen.findByRole('button', { name: '下一位参与者' }));
    fireEvent.click(screen.getByRole('button', { name: '清除并交给下一位' }));
    expect(screen.getByText(/已清除工作坊 ws-1 在这台设备上的数据/)).toBeTruthy();
    expect((screen.getByLabelText('正文') as HTMLTextAreaElement).value).toBe('');
    expect(engine.keys()).toEqual(['smc:v1:default:notes:doc:mine']);
  });

  it('holds: reads no storage until the frame has read its options', async () => {
    const engine = createMemoryEngine();
    mount({ engine });
    type('我的答案');
    fireEvent(window, new Event('pagehide'));
    cleanup();
    const keys = vi.spyOn(engine, 'keys');
    const get = vi.spyOn(engine, 'get');
    const options = { engine, location: location(), download: vi.fn(), autosaveDelay: 10_000 };
    const { rerender } = render(<Notes options={{ ...options, hold: true }} />);
    await Promise.resolve();
    expect(keys).not.toHaveBeenCalled();
    expect(get).not.toHaveBeenCalled();
    expect((screen.getByLabelText('正文') as HTMLTextAreaElement).disabled).toBe(true);
    rerender(<Notes options={options} />);
    await waitFor(() =>
      expect((screen.getByLabelText('正文') as HTMLTextAreaElement).value).toBe('我的答案'),
    );
  });

  it('leaves 打印空白表 to a worksheet that draws its own blank sheet', () => {
    mount({ printBlank: false });
    expect(screen.queryByRole('button', { name: '打印空白表' })).toBeNull();
  });
});

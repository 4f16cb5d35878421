// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportField } from '../rows-import';
import ImportRows from './ImportRows';

const FIELDS: ImportField[] = [
  { key: 'customer', label: '客户名称', kind: 'text', required: true },
  { key: 'amount', label: '金额', kind: 'number', quantity: 'money', required: true },
  {
    key: 'stage',
    label: '阶段',
    kind: 'choice',
    required: true,
    choices: [
      { value: 'need', label: '需求确认' },
      { value: 'negotiation', label: '谈判' },
    ],
  },
];

const BLOCK =
  '客户名称\t金额\t阶段\n华东机电\t1,234.5\t谈判\n华南贸易\t12万\t谈判\n西北物流\t¥800\t需求确认\n';

afterEach(cleanup);

function paste(text: string) {
  fireEvent.input(screen.getByLabelText('粘贴表格内容'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: '预览' }));
}

describe('ImportRows', () => {
  it('previews a pasted block, names the refused row and imports the rest', () => {
    const onImport = vi.fn();
    render(
      <ImportRows
        fields={FIELDS}
        existing={0}
        limit={200}
        onImport={onImport}
        onCancel={() => {}}
      />,
    );
    paste(BLOCK);
    expect(screen.getByText('可导入 2 行，1 行未通过检查。')).toBeTruthy();
    expect(screen.getByText('第 3 行：金额「12万」不是数字')).toBeTruthy();
    expect((screen.getByLabelText('第 2 列（金额）') as HTMLSelectElement).value).toBe('amount');
    expect(screen.getByRole('cell', { name: '1,234.5' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: '导入方式' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '导入 2 行' }));
    expect(onImport).toHaveBeenCalledWith(
      [
        { line: 2, values: { customer: '华东机电', amount: 1234.5, stage: 'negotiation' } },
        { line: 4, values: { customer: '西北物流', amount: 800, stage: 'need' } },
      ],
      'append',
      1,
    );
  });

  it('reads again when the mapping or the header choice changes', () => {
    render(
      <ImportRows
        fields={FIELDS}
        existing={0}
        limit={200}
        onImport={() => {}}
        onCancel={() => {}}
      />,
    );
    paste(BLOCK);
    fireEvent.change(screen.getByLabelText('第 2 列（金额）'), { target: { value: '' } });
    expect(screen.getByText('可导入 0 行，3 行未通过检查。')).toBeTruthy();
    expect(screen.getByText('第 2 行：缺少金额')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('第 2 列（金额）'), { target: { value: 'amount' } });
    fireEvent.click(screen.getByLabelText('第一行是标题'));
    expect(screen.getByText('第 1 行：金额「金额」不是数字')).toBeTruthy();
  });

  it('asks whether to append or replace when the list has rows, within the limit', () => {
    const onImport = vi.fn();
    render(
      <ImportRows
        fields={FIELDS}
        existing={199}
        limit={200}
        onImport={onImport}
        onCancel={() => {}}
      />,
    );
    paste(BLOCK);
    expect(screen.getByText(/另有 1 行超出 1 行的上限，未导入。/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('替换现有的 199 行'));
    expect(screen.getByText('可导入 2 行，1 行未通过检查。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '导入 2 行' }));
    expect(onImport.mock.calls[0][1]).toBe('replace');
  });

  it('says so when the block is empty and keeps what was typed', () => {
    render(
      <ImportRows
        fields={FIELDS}
        existing={0}
        limit={200}
        onImport={() => {}}
        onCancel={() => {}}
      />,
    );
    paste('\n \t \n');
    expect(screen.getByRole('alert').textContent).toBe('没有找到可导入的行。');
    expect((screen.getByLabelText('粘贴表格内容') as HTMLTextAreaElement).value).toBe('\n \t \n');
  });
});

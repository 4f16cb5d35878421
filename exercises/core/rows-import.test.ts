import { describe, expect, it } from 'vitest';
import {
  decodeText,
  detectDelimiter,
  detectHeader,
  guessMapping,
  parseDelimited,
  readCell,
  readDate,
  readRows,
  type ImportField,
} from './rows-import';

const STAGES = [
  { value: 'lead', label: '初步接触' },
  { value: 'need', label: '需求确认' },
  { value: 'proposal', label: '方案报价', aliases: ['报价'] },
  { value: 'negotiation', label: '谈判' },
];

const FIELDS: ImportField[] = [
  { key: 'customer', label: '客户名称', aliases: ['客户', '公司'], kind: 'text', required: true },
  {
    key: 'amount',
    label: '金额',
    aliases: ['金额（元）'],
    kind: 'number',
    quantity: 'money',
    required: true,
  },
  { key: 'stage', label: '阶段', kind: 'choice', choices: STAGES, required: true },
  { key: 'close', label: '预计成交日期', kind: 'date' },
  { key: 'owner', label: '负责人', kind: 'text' },
];

const rowsOf = (text: string, hasHeader = detectHeader(parseDelimited(text), FIELDS)) => {
  const rows = parseDelimited(text);
  const header = hasHeader ? rows.find((r) => r.cells.length > 0)!.cells : null;
  return readRows(rows, guessMapping(header, 5, FIELDS), FIELDS, { hasHeader });
};

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode('客户名称,金额\n华东,12\n');
    expect(decodeText(bytes)).toEqual({ text: '客户名称,金额\n华东,12\n', encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeText(withBom)).toEqual({ text: '客户名称,金额\n华东,12\n', encoding: 'utf-8' });
  });

  it('reads GB18030 (GBK) as WPS writes it on Chinese Windows', () => {
    // 「客户名称,金额\n华东,12\n」 in GB18030.
    const hex = 'bfcdbba7c3fbb3c62cbdf0b6ee0abbaab6ab2c31320a';
    const bytes = new Uint8Array(hex.match(/../g)!.map((h) => parseInt(h, 16)));
    expect(decodeText(bytes)).toEqual({ text: '客户名称,金额\n华东,12\n', encoding: 'gb18030' });
  });

  it('reads UTF-16 with a BOM (Excel「Unicode 文本」)', () => {
    const text = '客户\t金额\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-16le' });
  });
});

describe('parseDelimited', () => {
  it.each([
    ['a\tb\nc\td', '\t'],
    ['a,b\nc,d', ','],
    ['a;b;c\n1;2;3', ';'],
    ['"a\tb",c\n', ','],
  ])('detects the delimiter of %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('reads quoted cells with delimiters, quotes and line breaks, numbering rows as the sheet does', () => {
    const text = '客户\t备注\r\n华东\t"第一行\n第二行"\r\n\r\n"A ""B"" 公司"\t"x\ty"\r\n';
    expect(parseDelimited(text)).toEqual([
      { line: 1, cells: ['客户', '备注'] },
      { line: 2, cells: ['华东', '第一行\n第二行'] },
      { line: 3, cells: [] },
      { line: 4, cells: ['A "B" 公司', 'x\ty'] },
    ]);
  });

  it('keeps a last row without a line end and strips a BOM', () => {
    expect(parseDelimited('\ufeffa,b\n1,2')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ]);
  });

  it('keeps empty cells in place', () => {
    expect(parseDelimited('a\t\tc\n')).toEqual([{ line: 1, cells: ['a', '', 'c'] }]);
  });
});

describe('header and mapping', () => {
  it.each([
    ['客户名称\t金额\t阶段\n华东\t100\t谈判', true],
    ['公司\t金额（元）\n华东\t100', true],
    ['名字\t数\n华东\t100', true],
    ['华东\t100\t谈判\n华南\t200\t谈判', false],
    ['华东\t华南\n华北\t西南', false],
    ['', false],
  ])('header of %j is %s', (text, expected) => {
    expect(detectHeader(parseDelimited(text), FIELDS)).toBe(expected);
  });

  it('maps columns by header names, each field once, in any order', () => {
    expect(
      guessMapping(
        ['负责人', '金额（元）', '备注', '客户简称', '客户名称', '预计成交日期'],
        6,
        FIELDS,
      ),
    ).toEqual(['owner', 'amount', null, null, 'customer', 'close']);
  });

  it('maps columns in field order without a header', () => {
    expect(guessMapping(null, 3, FIELDS)).toEqual(['customer', 'amount', 'stage']);
    expect(guessMapping(null, 7, FIELDS)).toEqual([
      'customer',
      'amount',
      'stage',
      'close',
      'owner',
      null,
      null,
    ]);
  });
});

describe('reading values', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['１２３４', 1234],
    ['¥12,000', 12000],
    ['￥ 99.9', 99.9],
    ['300 元', 300],
    [' 50 ', 50],
  ])('amount %j → %d', (raw, value) => {
    expect(readCell(FIELDS[1], raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['12万', '金额「12万」不是数字'],
    ['-5', '金额「-5」不能为负数'],
    ['50%', '金额「50%」不应带 %'],
    ['1e5', '金额「1e5」不是数字'],
  ])('amount %j is refused: %s', (raw, reason) => {
    expect(readCell(FIELDS[1], raw)).toEqual({ ok: false, reason });
  });

  it.each([
    ['2027-03-31', '2027-03-31'],
    ['2027/3/5', '2027-03-05'],
    ['2027.3.5', '2027-03-05'],
    ['2027年3月5日', '2027-03-05'],
    ['２０２７－０３－０５', '2027-03-05'],
    ['2027-03-05 00:00:00', '2027-03-05'],
    ['2027-02-30', null],
    ['3/5/2027', null],
    ['下月', null],
  ])('date %j → %s', (raw, iso) => {
    expect(readDate(raw)).toBe(iso);
  });

  it.each([
    ['谈判', 'negotiation'],
    [' 方案报价 ', 'proposal'],
    ['报价', 'proposal'],
    ['proposal', 'proposal'],
  ])('stage %j → %s', (raw, value) => {
    expect(readCell(FIELDS[2], raw)).toEqual({ ok: true, value });
  });

  it('names the choices when a stage is unknown', () => {
    expect(readCell(FIELDS[2], '谈判中')).toEqual({
      ok: false,
      reason: '阶段「谈判中」不是可选项（初步接触、需求确认、方案报价、谈判）',
    });
  });

  it('refuses a missing required value and leaves out an empty optional one', () => {
    expect(readCell(FIELDS[0], '  ')).toEqual({ ok: false, reason: '缺少客户名称' });
    expect(readCell(FIELDS[3], '')).toEqual({ ok: true, value: null });
  });
});

describe('readRows', () => {
  it('keeps good rows, refuses bad ones with the sheet row number and skips empty lines', () => {
    const text = [
      '客户名称\t金额\t阶段\t预计成交日期\t负责人',
      '华东机电\t1,234.5\t谈判\t2027/3/31\t王敏',
      '',
      '华南贸易\t12万\t谈判中\t2027-04-01\t李强',
      '\t\t\t\t',
      '西北物流\t１２０００\t需求确认\t\t',
      '\t500\t谈判\t2027-13-01\t',
    ].join('\r\n');
    const result = rowsOf(text);
    expect(result.accepted).toEqual([
      {
        line: 2,
        values: {
          customer: '华东机电',
          amount: 1234.5,
          stage: 'negotiation',
          close: '2027-03-31',
          owner: '王敏',
        },
      },
      { line: 6, values: { customer: '西北物流', amount: 12000, stage: 'need' } },
    ]);
    expect(result.refused).toEqual([
      {
        line: 4,
        messages: [
          '第 4 行：金额「12万」不是数字',
          '第 4 行：阶段「谈判中」不是可选项（初步接触、需求确认、方案报价、谈判）',
        ],
      },
      {
        line: 7,
        messages: [
          '第 7 行：缺少客户名称',
          '第 7 行：预计成交日期「2027-13-01」不是日期（例如 2027-03-31）',
        ],
      },
    ]);
    expect(result.overLimit).toBe(0);
  });

  it('reads a block without a header row by column order', () => {
    const result = rowsOf('华东机电\t¥800\t报价\n华南贸易\t900\t谈判\n');
    expect(result.refused).toEqual([]);
    expect(result.accepted.map((r) => r.values)).toEqual([
      { customer: '华东机电', amount: 800, stage: 'proposal' },
      { customer: '华南贸易', amount: 900, stage: 'negotiation' },
    ]);
  });

  it('refuses every row when a required field has no column', () => {
    const rows = parseDelimited('客户名称\t阶段\n华东\t谈判\n');
    const result = readRows(rows, ['customer', 'stage'], FIELDS, { hasHeader: true });
    expect(result.refused).toEqual([{ line: 2, messages: ['第 2 行：缺少金额'] }]);
  });

  it('accepts rows up to the limit and counts the valid rows past it', () => {
    const text = Array.from({ length: 5 }, (_, i) => `客户${i + 1}\t${i + 1}\t谈判`).join('\n');
    const rows = parseDelimited(text);
    const result = readRows(rows, guessMapping(null, 3, FIELDS), FIELDS, {
      hasHeader: false,
      limit: 3,
    });
    expect(result.accepted.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(result.overLimit).toBe(2);
  });

  it('reads 500 pasted rows', () => {
    const lines = ['客户名称\t金额\t阶段\t预计成交日期\t负责人'];
    for (let i = 1; i <= 500; i++)
      lines.push(
        `客户${i}\t${i},000\t谈判\t2027-03-${String((i % 28) + 1).padStart(2, '0')}\t王敏`,
      );
    const result = rowsOf(lines.join('\n'));
    expect(result.accepted).toHaveLength(500);
    expect(result.accepted[499].values.amount).toBe(500000);
  });
});

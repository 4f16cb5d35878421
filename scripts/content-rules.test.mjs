import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  REQUIRED_GLOSSARY_TERMS,
  glossaryTerms,
  linkSpacing,
  missingGlossaryTerms,
  spaceLinks,
  unseparatedNumbers,
  withSeparators,
} from './content-rules.mjs';

describe('unseparatedNumbers', () => {
  it.each([
    ['| 全量折扣 | 1200 × 54 | 64800 元 | 54.00 元 |', ['64800']],
    ['终端价 20000 元/台，单台成本 11000 元。', ['20000', '11000']],
    ['= 30000 + 28500 + 10800', ['30000', '28500', '10800']],
    ["<Funnel stages={[{ title: '潜客开发', note: '120000 个线索' }]} />", ['120000']],
  ])('flags five or more digits without separators: %s', (line, found) => {
    expect(unseparatedNumbers(line).map((p) => p.text)).toEqual(found);
  });

  it.each([
    ['separated', '订 1,001 箱只付 1,001 × 54 = 54,054 元。'],
    ['four digits and years', '2026 年 1 月 1 日起，年度目标 1200 万元。'],
    ['decimals', '圆周率约为 3.1415926，比率 0.123456。'],
    ['a mobile number', '联系电话 13800138000。'],
    ['a standard code', '数字用法见 GB/T 15835，信息安全见 ISO 27001。'],
    ['inline code', '工作坊代码例如 `ws-202612345`。'],
    ['a link target', '见 [练习](/exercises/12345/) 。'],
    ['an href', '<a href="/p/123456/">链接</a>'],
  ])('leaves %s alone', (_, line) => {
    expect(unseparatedNumbers(line)).toEqual([]);
  });

  it('points at the column and suggests the separated form', () => {
    const [p] = unseparatedNumbers('货款 64800 元');
    expect(p.column).toBe(4);
    expect(p.message).toContain('64,800');
  });
});

describe('withSeparators', () => {
  it.each([
    ['12345', '12,345'],
    ['100000', '100,000'],
    ['1234567', '1,234,567'],
  ])('%s → %s', (digits, out) => expect(withSeparators(digits)).toBe(out));
});

describe('linkSpacing', () => {
  it.each([
    ['见[销售流程分解](/skills/sales-process/)中的定义', 1],
    ['详见 [法律风险](/legal/risks/)中的说明', 1],
    ['详见[法律风险](/legal/risks/) 中的说明', 1],
  ])('flags a link touching Chinese text: %s', (line, n) => {
    expect(linkSpacing(line)).toHaveLength(n);
  });

  it.each([
    ['spaced', '见 [销售流程分解](/skills/sales-process/) 中的定义'],
    ['full-width punctuation', '详见：[销售流程分解](/skills/sales-process/)（第二节）。'],
    ['line start', '[销售漏斗](/reference/glossary/) 是一个比喻。'],
    ['an image', '示意图![漏斗](/img/funnel.png)如下'],
    ['inline code', '写成 `见[文字](/a/)中` 是错误的'],
  ])('accepts %s', (_, line) => {
    expect(linkSpacing(line)).toEqual([]);
  });

  it('spaceLinks inserts exactly the missing spaces', () => {
    expect(spaceLinks('见[甲](/a/)和[乙](/b/)。')).toBe('见 [甲](/a/) 和 [乙](/b/)。');
    expect(spaceLinks('（[甲](/a/)）')).toBe('（[甲](/a/)）');
  });
});

describe('glossary terms', () => {
  const glossary = [
    '| 术语 | 释义 | 相关章节 |',
    '| --- | --- | --- |',
    '| 窜货 | 经销商把货物销往约定区域以外 | [渠道](/channels/pricing/) |',
    '| 返利 | 按约定条件返还的货款 | [渠道](/channels/pricing/) |',
  ].join('\n');

  it('reads the first cell of each table row, not the header', () => {
    expect([...glossaryTerms(glossary)]).toEqual(['窜货', '返利']);
  });

  it('lists the required terms that are missing', () => {
    expect(missingGlossaryTerms(glossary, ['窜货', '返利', '账期'])).toEqual(['账期']);
  });

  it('the course glossary defines every required term', () => {
    const source = readFileSync(
      new URL('../src/content/docs/reference/glossary.mdx', import.meta.url),
      'utf8',
    );
    expect(missingGlossaryTerms(source)).toEqual([]);
    expect(REQUIRED_GLOSSARY_TERMS.length).toBeGreaterThanOrEqual(10);
  });
});

import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown } from './markdown';
import { addItem, createData, exampleData, removeItem, updateItem } from './model';

describe('escapeMarkdown', () => {
  it.each([
    ['<b>x</b>', '\\<b\\>x\\</b\\>'],
    ['*重点*客户', '\\*重点\\*客户'],
    ['a_b_c', 'a\\_b\\_c'],
    ['[链接](http://x)', '\\[链接\\](http://x)'],
    ['`代码`', '\\`代码\\`'],
    ['# 不是标题', '\\# 不是标题'],
    ['- 不是列表', '\\- 不是列表'],
    ['+ 不是列表', '\\+ 不是列表'],
    ['1. 不是编号', '1\\. 不是编号'],
    ['2026) 年', '2026\\) 年'],
    ['> 不是引用', '\\> 不是引用'],
    ['~~删除线~~', '\\~\\~删除线\\~\\~'],
    ['反斜杠 \\', '反斜杠 \\\\'],
    ['&amp; 与 &#169;', '\\&amp; 与 \\&\\#169;'],
    ['A&B 公司', 'A&B 公司'],
    ['油品 + 设备维护（-8%）', '油品 + 设备维护（-8%）'],
    ['两行\n文字', '两行 文字'],
    ['😀 表情', '😀 表情'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});

describe('toMarkdown', () => {
  it('writes the course example as headed, numbered lists', () => {
    const md = toMarkdown({ title: '某区域工业润滑油业务', data: exampleData('2026-11-28') });
    expect(md).toBe(
      [
        '# SWOT 分析：某区域工业润滑油业务',
        '',
        '- 分析对象：某区域工业润滑油业务',
        '- 日期：2026 年 11 月 28 日',
        '',
        '## 优势（S）',
        '',
        '1. 技术服务团队响应快（重要性 4）',
        '   - 依据：客户报修平均 4 小时内到场',
        '2. 与两家主机厂有长期合作（重要性 5）',
        '',
        '## 劣势（W）',
        '',
        '1. 价格高于竞品约 8%（重要性 4）',
        '   - 依据：近半年报价成交记录',
        '2. 县级市场没有经销商覆盖（重要性 3）',
        '',
        '## 机会（O）',
        '',
        '1. 本地新建工业园区陆续投产（重要性 5）',
        '2. 客户开始重视设备维护成本（重要性 3）',
        '',
        '## 威胁（T）',
        '',
        '1. 外省品牌低价进入（重要性 4）',
        '2. 部分大客户转向集中招标（重要性 4）',
        '',
        '## TOWS 策略',
        '',
        '### SO：用优势抓住机会',
        '',
        '1. 以技术服务为卖点，主动开发工业园区新厂',
        '   - 依据：优势「技术服务团队响应快」；机会「本地新建工业园区陆续投产」',
        '',
        '### WO：借机会弥补劣势',
        '',
        '1. 在园区所在县发展一家经销商，补齐覆盖',
        '   - 依据：劣势「县级市场没有经销商覆盖」；机会「本地新建工业园区陆续投产」',
        '',
        '### ST：用优势抵御威胁',
        '',
        '1. 向大客户提供“油品 + 设备维护”打包方案，避免只比单价',
        '   - 依据：优势「技术服务团队响应快」；威胁「部分大客户转向集中招标」',
        '',
        '### WT：减少劣势、规避威胁',
        '',
        '1. 对价格敏感的小客户推出基础型产品，不与低价品牌正面拼价',
        '   - 依据：劣势「价格高于竞品约 8%」；威胁「外省品牌低价进入」',
        '',
      ].join('\n'),
    );
  });

  it('marks empty quadrants, leaves out empty fields and the TOWS part when there is none', () => {
    const md = toMarkdown({ title: '未命名 SWOT 分析', data: createData() });
    expect(md.startsWith('# SWOT 分析：未命名 SWOT 分析\n\n## 优势（S）\n\n（暂无）\n')).toBe(true);
    expect(md).not.toContain('TOWS');
    expect(md).not.toContain('日期');
  });

  it('escapes user text everywhere it appears', () => {
    let data = { ...createData(), subject: '<i>华东</i>', date: '下周*' };
    data = addItem(data, 'S', '<b>x</b>', 'b');
    data = updateItem(data, 'b', { evidence: '_见_附件' });
    const md = toMarkdown({ title: 't', data });
    expect(md).toContain('# SWOT 分析：\\<i\\>华东\\</i\\>');
    expect(md).toContain('- 日期：下周\\*');
    expect(md).toContain('1. \\<b\\>x\\</b\\>（重要性 3）\n   - 依据：\\_见\\_附件');
    expect(md).not.toContain('<b>');
  });

  it('names a deleted reference as deleted, and numbers past 9 indent correctly', () => {
    let data = exampleData();
    data = removeItem(data, 'ex-S1')!.data;
    expect(toMarkdown({ title: '', data })).toContain(
      '   - 依据：（已删除的条目）；机会「本地新建工业园区陆续投产」',
    );
    let many = createData();
    for (let i = 1; i <= 10; i++) many = addItem(many, 'T', `威胁${i}`, `t${i}`);
    many = updateItem(many, 't10', { evidence: '证据' });
    expect(toMarkdown({ title: '', data: many })).toContain(
      '10. 威胁10（重要性 3）\n    - 依据：证据',
    );
  });
});

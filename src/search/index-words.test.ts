import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { glossaryTerms, pageFields, pageQuestions, wordList } from './index-words.mjs';

describe('wordList', () => {
  it('keeps Chinese words on two or more pages and every word of three or more characters', () => {
    const words = new Map([
      ['客户', 60],
      ['年一', 1],
      ['演示与方案呈现', 1],
      ['swot', 5],
      ['会', 40],
    ]);
    expect(wordList(words).split('\n')).toEqual(['客户', '演示与方案呈现']);
  });
});

describe('glossaryTerms', () => {
  it('reads each term of the glossary tables with the page that teaches it', () => {
    const mdx = [
      '| 术语 | 释义 | 相关章节 |',
      '| --- | --- | --- |',
      '| 毛利率 | （售价 − 进价）÷ 售价 | [渠道价格体系管理](/channels/pricing/) |',
      'Some text | not a row',
    ].join('\n');
    expect(glossaryTerms(mdx)).toEqual([{ term: '毛利率', href: '/channels/pricing/' }]);
  });

  it('finds the terms of the course glossary', () => {
    const mdx = readFileSync('src/content/docs/reference/glossary.mdx', 'utf8');
    const terms = glossaryTerms(mdx);
    expect(terms.length).toBeGreaterThan(60);
    expect(terms).toContainEqual({ term: 'SWOT', href: '/process/market-analysis/' });
  });
});

describe('pageFields', () => {
  it("lists each page's title, its questions and whether it is a worksheet", () => {
    const dist = mkdtempSync(join(tmpdir(), 'fields-'));
    const dir = join(dist, 'pagefind', 'fragment');
    mkdirSync(dir, { recursive: true });
    const write = (id: string, page: object) =>
      writeFileSync(
        join(dir, `${id}.pf_fragment`),
        gzipSync(Buffer.concat([Buffer.alloc(12), Buffer.from(JSON.stringify(page))])),
      );
    const content = '晨会. 本\u200b页\u200b回答\u200b的\u200b问题. 晨会\u200b开\u200b多久？ 正文。';
    write('a', { url: '/team/daily/', meta: { title: '销售团队日常管理' }, content });
    write('b', { url: '/exercises/swot/', meta: { title: 'SWOT 分析矩阵' }, content: '' });
    write('c', { url: '/exercises/', meta: { title: '练习工具' }, content: '' });
    try {
      expect(pageFields(dist)).toEqual({
        a: ['销售团队日常管理', '晨会开多久？', 0],
        b: ['SWOT 分析矩阵', '', 1],
        c: ['练习工具', '', 0],
      });
    } finally {
      rmSync(dist, { recursive: true });
    }
  });
});

describe('pageQuestions', () => {
  it('reads the questions of 本页回答的问题 from the indexed text of a page', () => {
    const content =
      '欢迎\u200b与\u200b课程\u200b定位\u200b. \u200b学习\u200b目标\u200b. \u200b说出\u200b学员\u200b. ' +
      '\u200b本\u200b页\u200b回答\u200b的\u200b问题\u200b. \u200b这\u200b门\u200b课程\u200b适合\u200b谁\u200b学\u200b？ ' +
      '\u200b我\u200b应该\u200b先读\u200b哪个\u200b模\u200b块\u200b？ \u200b欢迎\u200b来到\u200b销售\u200b课程\u200b。';
    expect(pageQuestions(content)).toBe('这门课程适合谁学？我应该先读哪个模块？');
  });

  it('is empty for a page without the section', () => {
    expect(pageQuestions('晨会. 每天早上开。')).toBe('');
  });
});

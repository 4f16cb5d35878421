import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { glossaryTerms, wordList } from './index-words.mjs';

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

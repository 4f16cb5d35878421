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

// The top of /role/duties/ as built: the box, then the page text, which opens with a question.
const dutiesHtml =
  '<h1 id="_top">销售经理核心职责</h1>' +
  '<section class="course-questions astro-xrbnetbz" aria-labelledby="course-questions-title">' +
  '<h2 id="course-questions-title" class="astro-xrbnetbz">本页回答的问题</h2><ul class="astro-xrbnetbz">' +
  '<li class="astro-xrbnetbz">销售经理的主要职责是什么？</li>' +
  '<li class="astro-xrbnetbz">经理的时间应该怎么分配？</li></ul></section>' +
  '<p>“销售经理到底该干什么？”这个问题看似简单。</p>';

describe('pageQuestions', () => {
  it('reads the questions of the 本页回答的问题 box, not a question that opens the page text', () => {
    expect(pageQuestions(dutiesHtml)).toBe('销售经理的主要职责是什么？经理的时间应该怎么分配？');
  });

  it('reads character references as text, and is empty for a page without the box', () => {
    const html =
      '<section class="course-questions"><ul><li>“A &amp; B”<code>PIP</code>怎么写？</li></ul></section>';
    expect(pageQuestions(html)).toBe('“A&B”PIP怎么写？');
    expect(pageQuestions('<h2>晨会</h2><p>每天早上开？</p>')).toBe('');
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
    mkdirSync(join(dist, 'team', 'daily'), { recursive: true });
    writeFileSync(
      join(dist, 'team', 'daily', 'index.html'),
      '<section class="course-questions x"><h2>本页回答的问题</h2><ul><li>晨会开多久？</li></ul></section>',
    );
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

  it('takes the questions from the box in the built page, under the site base', () => {
    const dist = mkdtempSync(join(tmpdir(), 'fields-'));
    const dir = join(dist, 'pagefind', 'fragment');
    mkdirSync(dir, { recursive: true });
    mkdirSync(join(dist, 'role', 'duties'), { recursive: true });
    writeFileSync(join(dist, 'role', 'duties', 'index.html'), dutiesHtml);
    const page = { url: '/course/role/duties/', meta: { title: '销售经理核心职责' }, content: '' };
    writeFileSync(
      join(dir, 'a.pf_fragment'),
      gzipSync(Buffer.concat([Buffer.alloc(12), Buffer.from(JSON.stringify(page))])),
    );
    try {
      expect(pageFields(dist, '/course/')).toEqual({
        a: ['销售经理核心职责', '销售经理的主要职责是什么？经理的时间应该怎么分配？', 0],
      });
    } finally {
      rmSync(dist, { recursive: true });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { tidyExcerpt } from './excerpt';

const Z = '\u200b';
// As Pagefind stores a page: words split by zero-width spaces, blocks joined with 「. 」.
const content = [
  `知识${Z}自${Z}测${Z}：${Z}课程${Z}导入${Z}. ${Z}读${Z}完本${Z}模${Z}块${Z}后${Z}，${Z}用${Z}下面${Z}几${Z}道${Z}题${Z}检查${Z}自己${Z}。`,
  `${Z}成绩${Z}只${Z}保存${Z}在${Z}本${Z}浏览${Z}器${Z}中${Z}，${Z}可以${Z}随时${Z}重新${Z}作答${Z}。`,
].join('');

describe('tidyExcerpt', () => {
  it('turns a block join after Chinese text into 「。」 and drops the word marks', () => {
    expect(
      tidyExcerpt(`<mark>知识</mark>${Z}自${Z}测${Z}：${Z}课程${Z}导入${Z}. ${Z}读${Z}完本`),
    ).toBe('<mark>知识</mark>自测：课程导入。读完本');
    expect(tidyExcerpt(`课程<mark>导入</mark>. 读完`)).toBe('课程<mark>导入</mark>。读完');
    expect(tidyExcerpt('《反垄断法》. 第十八条')).toBe('《反垄断法》。第十八条');
  });

  it('leaves an ASCII full stop in Latin text alone', () => {
    expect(tidyExcerpt('e.g. KPI 与 OKR')).toBe('e.g. KPI 与 OKR');
    expect(tidyExcerpt('SMART. 目标')).toBe('SMART. 目标');
  });

  it('marks a cut at either end with 「…」, and not where a sentence or the page starts or ends', () => {
    // From the page's first word to a sentence end: nothing added.
    expect(tidyExcerpt(`<mark>知识</mark>${Z}自${Z}测${Z}：${Z}课程${Z}导入`, content)).toBe(
      '<mark>知识</mark>自测：课程导入…',
    );
    // Starts mid-sentence, stops mid-sentence.
    expect(tidyExcerpt(`${Z}下面${Z}几${Z}道<mark>题</mark>${Z}检查`, content)).toBe(
      '…下面几道<mark>题</mark>检查…',
    );
    // Starts after a sentence end and runs to the end of the page.
    expect(
      tidyExcerpt(
        `成绩${Z}只${Z}保存${Z}在${Z}本${Z}浏览${Z}器${Z}中${Z}，${Z}可以${Z}随时${Z}重新${Z}作答${Z}。`,
        content,
      ),
    ).toBe('成绩只保存在本浏览器中，可以随时重新作答。');
    // Starts right after a joined heading.
    expect(tidyExcerpt(`读${Z}完本${Z}模${Z}块${Z}后`, content)).toBe('读完本模块后…');
  });

  it('returns the excerpt unchanged (punctuation fixed) when it cannot be found in the page', () => {
    expect(tidyExcerpt('别的页面. 文字', content)).toBe('别的页面。文字');
    expect(tidyExcerpt('', content)).toBe('');
  });

  it('finds excerpts with escaped characters', () => {
    const page = '渠道 A &amp; B 的价差。下一句';
    expect(tidyExcerpt('渠道 A &amp; B 的价差', page.replace('&amp;', '&'))).toBe(
      '渠道 A &amp; B 的价差…',
    );
  });
});

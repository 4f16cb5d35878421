import { describe, expect, it } from 'vitest';
import {
  SiteSearchEngine,
  type PageFieldsMap,
  type PagefindApi,
  type PagefindResult,
} from './engine';
import lexicon from './lexicon.json';

/** A stub Pagefind: each query string maps to [page, score] pairs; null lists every page. */
function stub(index: Record<string, [string, number][]>, pages: string[]) {
  const calls: (string | null)[] = [];
  const loaded: string[] = [];
  const result = (id: string, score: number): PagefindResult => ({
    id,
    score,
    data: async () => {
      loaded.push(id);
      return { url: `/${id}/`, excerpt: id, meta: { title: id } };
    },
  });
  const api: PagefindApi = {
    async search(term) {
      calls.push(term);
      if (term === null) return { results: pages.map((p) => result(p, 0)) };
      return { results: (index[term] ?? []).map(([id, score]) => result(id, score)) };
    },
  };
  return { api, calls, loaded };
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const pages = Array.from({ length: 20 }, (_, i) => `p${i}`);

describe('SiteSearchEngine', () => {
  it('answers a question no page matches word for word from the pages that match its words', async () => {
    const { api, calls } = stub(
      {
        '客户 价格异议': [],
        客户: [
          ['objections', 0.4],
          ['churn', 1],
          ['after-sales', 0.9],
        ],
        价格异议: [['objections', 1]],
        太贵: [['objections', 0.2]],
      },
      pages,
    );
    const engine = new SiteSearchEngine(api, lexicon, segmenter);
    const outcome = await engine.search('客户说太贵了怎么办');
    expect(outcome.results[0].id).toBe('objections');
    expect(outcome.partial).toBe(true);
    expect(calls).toEqual(expect.arrayContaining(['客户 价格异议', '客户', '价格异议', '太贵']));
  });

  it('is not partial when a page has every word, and counts the pages and runs each word only once', async () => {
    const { api, calls } = stub(
      {
        '毛利率 加价率': [
          ['pricing', 1],
          ['cost-profit', 0.8],
        ],
        毛利率: [
          ['cost-profit', 1],
          ['pricing', 0.9],
          ['glossary', 0.5],
        ],
        加价率: [
          ['pricing', 1],
          ['cost-profit', 0.7],
        ],
      },
      pages,
    );
    const engine = new SiteSearchEngine(api, lexicon, segmenter);
    const first = await engine.search('毛利率和加价率的区别');
    expect(first.partial).toBe(false);
    expect(first.results.map((r) => r.id)).toEqual(['pricing', 'cost-profit', 'glossary']);
    const again = await engine.search('毛利率');
    expect(calls.filter((c) => c === null)).toHaveLength(1);
    // The word's run of the first question is reused, not sent to Pagefind again.
    expect(calls.filter((c) => c === '毛利率')).toHaveLength(1);
    expect(again.results.map((r) => r.id)).toEqual(['cost-profit', 'pricing', 'glossary']);
  });

  it('cuts a question with the index words and ranks the page titled with its rare word first', async () => {
    const { api, calls } = stub(
      {
        '产品 演示': [
          ['needs', 1],
          ['presentation', 0.9],
          ['cost', 0.8],
        ],
        产品: [
          ['needs', 1],
          ['cost', 0.95],
          ['presentation', 0.6],
          ...pages.slice(0, 12).map((p): [string, number] => [p, 0.5]),
        ],
        演示: [
          ['needs', 1],
          ['presentation', 0.95],
          ['cost', 0.2],
        ],
      },
      pages,
    );
    const titled = (title: string) => ({ title, questions: '' });
    const fields = new Map([
      ['needs', titled('客户需求洞察')],
      ['presentation', titled('演示与方案呈现')],
      ['cost', titled('费用与利润控制')],
    ]);
    const words = new Set(['产品', '演示', '客户']);
    const engine = new SiteSearchEngine(api, lexicon, segmenter, words, fields);
    const outcome = await engine.search('产品演示怎么做');
    expect(calls).toEqual(expect.arrayContaining(['产品 演示', '产品', '演示']));
    expect(outcome.results[0].id).toBe('presentation');
  });

  it('ranks the leading pages by the page list (titles, questions), loading no page data', async () => {
    const { api, loaded } = stub(
      {
        演示: [
          ['needs', 1],
          ['grading', 0.9],
          ['presentation', 0.5],
        ],
      },
      pages,
    );
    const fields: PageFieldsMap = new Map([
      ['presentation', { title: '演示与方案呈现', questions: '' }],
      ['needs', { title: '客户需求洞察', questions: '' }],
      ['grading', { title: '客户分级', questions: '', tool: true }],
    ]);
    const engine = new SiteSearchEngine(api, lexicon, segmenter, new Set(['演示']), fields);
    const outcome = await engine.search('演示');
    expect(outcome.results.map((r) => r.id)).toEqual(['presentation', 'needs', 'grading']);
    expect(loaded).toEqual([]);
  });

  it('moves up a page whose questions use a run the cut lost, even from below the leading pages', async () => {
    // 业绩差 is cut to 业绩 (差 is no word of the index); eleven pages mention 业绩 more.
    const others = Array.from({ length: 11 }, (_, i) => `other${i}`);
    const { api } = stub(
      { 业绩: [...others.map((id, i) => [id, 1 - i * 0.01] as [string, number]), ['low', 0.5]] },
      pages,
    );
    const fields: PageFieldsMap = new Map([
      ['low', { title: '低绩效管理', questions: '业绩差的员工能直接辞退吗？' }],
      ...others.map((id) => [id, { title: id, questions: '业绩怎么算？' }] as const),
    ]);
    const engine = new SiteSearchEngine(api, lexicon, segmenter, new Set(['业绩']), fields);
    expect((await engine.search('业绩差')).results[0].id).toBe('low');
    // Without the page list the cut words alone rank, and the page stays where Pagefind put it.
    const plain = new SiteSearchEngine(api, lexicon, segmenter, new Set(['业绩']));
    expect((await plain.search('业绩差')).results.map((r) => r.id).indexOf('low')).toBe(11);
  });

  it('moves up a page that asks nearly the question typed, even from below the leading pages', async () => {
    // Eleven pages mention 经销商 more; only operations asks "该换掉还是再扶一把".
    const others = Array.from({ length: 11 }, (_, i) => `other${i}`);
    const hits = [...others.map((id, i) => [id, 1 - i * 0.01] as [string, number])];
    const { api } = stub(
      { '经销商 要换': [], 经销商: [...hits, ['operations', 0.5]], 要换: [] },
      pages,
    );
    const fields: PageFieldsMap = new Map([
      ['operations', { title: '渠道日常运营', questions: '经销商业绩差，该换掉还是再扶一把？' }],
      ...others.map((id) => [id, { title: id, questions: '经销商的价格怎么定？' }] as const),
    ]);
    const words = new Set(['经销商', '要换']);
    const engine = new SiteSearchEngine(api, lexicon, segmenter, words, fields, ['经销商']);
    expect((await engine.search('经销商要换还是扶')).results[0].id).toBe('operations');
    // A course term typed as it is gets no such help: its own page answers it.
    const term = await engine.search('经销商');
    expect(term.results.map((r) => r.id).indexOf('operations')).toBe(11);
  });

  it('keeps the course terms whole in the runs it sends', async () => {
    const { api, calls } = stub({ 经销商: [['channels', 1]] }, pages);
    const words = new Set(['经销', '商要']);
    const engine = new SiteSearchEngine(api, lexicon, segmenter, words, new Map(), ['经销商']);
    const outcome = await engine.search('经销商要换还是扶');
    expect(calls).toEqual(expect.arrayContaining(['经销商 要换', '经销商', '要换']));
    expect(outcome.results[0].id).toBe('channels');
  });

  it('returns nothing, not an error, for a query of question words only', async () => {
    const { api } = stub({}, pages);
    const outcome = await new SiteSearchEngine(api, lexicon, segmenter).search('怎么办？');
    expect(outcome.results).toEqual([]);
    expect(outcome.partial).toBe(false);
  });
});

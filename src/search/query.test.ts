import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  boostTitles,
  charPairs,
  closeness,
  indexSaid,
  type PageFields,
  idf,
  mergeRuns,
  normalizeQuery,
  courseTerms,
  planQuery,
  runsFor,
  splitByWords,
  type Lexicon,
  type Run,
} from './query';
import lexiconJson from './lexicon.json';

const lexicon: Lexicon = lexiconJson;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const plan = (q: string) => planQuery(q, lexicon, segmenter);

describe('normalizeQuery', () => {
  it.each([
    ['ＳＷＯＴ分析？', 'swot分析'],
    ['  客户说“太贵了”，怎么办！ ', '客户说 太贵了 怎么办'],
    ['ABC 分类', 'abc 分类'],
    ['９０ 天', '90 天'],
  ])('%s → %s', (raw, normalized) => expect(normalizeQuery(raw)).toBe(normalized));
});

describe('planQuery', () => {
  it.each([
    // question words and particles go; the topic words stay
    ['毛利率和加价率的区别', ['毛利率', '加价率'], []],
    ['如何分解销售目标', ['分解', '销售', '目标'], []],
    ['含税价怎么算', ['含税价'], []],
    // a term the segmenter splits into single characters is put back together
    ['怎么开晨会', ['开晨会'], []],
    ['晨会', ['晨会'], []],
    ['跟单', ['跟单'], []],
    // a lone character joins the word it touches
    ['小客户怎么维护', ['小客户', '维护'], []],
    ['周例会讲什么', ['周例会'], []],
    // everyday words become the course's words, and are kept as extras
    ['客户说太贵了怎么办', ['客户', '价格异议'], ['太贵']],
    ['团队成员吵架怎么办', ['团队', '成员', '冲突'], ['吵架']],
    ['大客户怎么维护', ['重点客户', '维护'], ['大客户']],
    ['怎么给团队打气', ['团队', '激励'], ['打气']],
    ['客户欠款不还', ['客户', '催收'], ['欠款']],
    ['经销商乱价怎么办', ['经销商', '窜货'], ['乱价']],
    // A-not-A questions and degree words carry no topic
    ['月底冲业绩靠不靠谱', ['月底', '冲业绩'], []],
    ['销售目标定多高合适', ['销售', '目标'], []],
    ['团队里有人抢客户', ['团队里', '抢客户'], []],
    ['物流成本太高', ['物流', '成本'], []],
    ['压力太大怎么调整', ['压力', '调整'], []],
    // everyday phrases for course concepts, each checked against its page
    ['还要不要自己跑客户', ['角色混淆'], ['自己跑客户']],
    ['要货计划怎么报', ['需求预测'], ['要货计划']],
    ['业务员私下收钱', ['销售代表', '商业贿赂'], ['私下收钱', '业务员']],
    ['下季度销量怎么预估', ['季度', '销量', '预测'], ['预估']],
    ['业绩垫底的人怎么处理', ['业绩', '末位'], ['垫底']],
    ['任务指标怎么拆', ['任务', '指标', '分解'], ['怎么拆']],
    // Latin words, full-width input
    ['如何做 ＳＷＯＴ 分析？', ['swot', '分析'], []],
    ['ABC分类', ['abc', '分类'], []],
    // nothing left to search
    ['怎么办？', [], []],
  ])('%s', (query, chunks, extras) => {
    const p = plan(query);
    expect(p.chunks).toEqual(chunks);
    expect(p.extras).toEqual(extras);
  });

  it('keeps every character of every glossary term', () => {
    const glossary = readFileSync('src/content/docs/reference/glossary.mdx', 'utf8');
    const terms = [...glossary.matchAll(/^\| ([^|]+?) \| [^|]+ \| \[/gm)].map((m) =>
      m[1].replace(/（.*）/, ''),
    );
    expect(terms.length).toBeGreaterThan(40);
    for (const term of terms) {
      const kept = plan(term).chunks.join('');
      expect(kept, term).toBe(normalizeQuery(term).replace(/\s/g, ''));
    }
  });
});

describe('splitByWords', () => {
  // A few words as the index lists them (pagefind/words.txt).
  const words = new Set(['产品', '演示', '日报', '经销', '销商', '客户', '演示与方案呈现']);
  it.each([
    ['产品演示', ['产品', '演示']],
    ['员日报', ['日报']],
    ['经销商', ['经销']],
    ['演示与方案呈现', ['演示与方案呈现']],
    ['客户甲乙丙丁', ['客户', '甲乙', '丙丁']],
    ['甲乙丙', ['甲乙']],
    ['swot', ['swot']],
  ])('%s → %j', (chunk, pieces) => expect(splitByWords(chunk, words)).toEqual(pieces));

  it('leaves a chunk whole while the word list has not loaded', () => {
    expect(splitByWords('产品演示', new Set())).toEqual(['产品演示']);
  });

  it('never cuts across a course term, even one the word list lacks', () => {
    const list = new Set(['经销', '商要', '客户', '满意']);
    const terms = courseTerms(['经销商', '客户满意度', '增值税（含税价/不含税价）', 'ABC 分类']);
    expect(terms).toEqual(['经销商', '客户满意度', '增值税', '含税价', '不含税价', '分类']);
    expect(planQuery('经销商要换还是扶', lexicon, segmenter, list, terms).chunks).toEqual([
      '经销商',
      '要换',
    ]);
    const q = planQuery('客户满意度怎么提高', lexicon, segmenter, list, terms);
    expect(q).toMatchObject({ chunks: ['客户满意度', '提高'], extras: [] });
  });

  it("cuts a synonym's term where the segmenter cuts it, not across its words", () => {
    // The index also holds pairs that merely stood side by side on a page (的销, 售经).
    const list = new Set(['合格', '的销', '售经', '销售经理']);
    const q = planQuery('好的销售经理什么样', lexicon, segmenter, list);
    expect(q.chunks).toEqual(['合格', '销售经理']);
    expect(q.extras).toEqual(['好的销售经理']);
  });

  it('keeps a run that lost a character to the cut as a phrase, and only such a run', () => {
    const list = new Set(['业绩', '员工', '辞退', '客户', '放弃']);
    const q = planQuery('业绩差的员工能辞退吗', lexicon, segmenter, list);
    expect(q.chunks).toEqual(['业绩', '员工', '辞退']);
    expect(q.phrases).toEqual(['业绩差']);
    expect(planQuery('小客户要不要放弃', lexicon, segmenter, list)).toMatchObject({
      chunks: ['客户', '放弃'],
      phrases: ['小客户'],
    });
    // Nothing lost, no phrase.
    expect(planQuery('员工辞退', lexicon, segmenter, list).phrases).toEqual([]);
  });

  it('cuts the chunks of a plan, not the synonyms of the question words', () => {
    const q = planQuery('产品演示怎么做', lexicon, segmenter, words);
    expect(q.chunks).toEqual(['产品', '演示']);
  });
});

describe('runsFor', () => {
  it('searches all words together, then each chunk, then each replaced everyday word', () => {
    expect(runsFor(plan('客户说太贵了怎么办'))).toEqual([
      { query: '客户 价格异议', kind: 'all' },
      { query: '客户', kind: 'chunk' },
      { query: '价格异议', kind: 'chunk' },
      { query: '太贵', kind: 'extra' },
    ]);
  });

  it('runs a one-word query once', () => {
    expect(runsFor(plan('晨会'))).toEqual([{ query: '晨会', kind: 'all' }]);
  });
});

describe('mergeRuns', () => {
  const run = (kind: Run['kind'], hits: [string, number][]): Run => ({
    query: kind,
    kind,
    hits: hits.map(([id, score]) => ({ id, score })),
  });

  it('ranks a page that matches every word above pages that match one', () => {
    const ranked = mergeRuns(
      [
        run('all', [['both', 1]]),
        run('chunk', [
          ['both', 0.5],
          ['a-only', 1],
        ]),
        run('chunk', [
          ['both', 0.5],
          ['b-only', 1],
        ]),
      ],
      50,
    );
    expect(ranked.map((r) => r.id)).toEqual(['both', 'a-only', 'b-only']);
    expect(ranked[0]).toMatchObject({ run: 0, matched: 2 });
  });

  it('lets a rare word count more than a common one when no page has both', () => {
    const common = run(
      'chunk',
      Array.from({ length: 40 }, (_, i) => [`c${i}`, 1] as [string, number]),
    );
    const rare = run('chunk', [['rare-page', 0.3]]);
    const ranked = mergeRuns([run('all', []), common, rare], 50);
    expect(ranked[0].id).toBe('rare-page');
  });

  it('counts everyday words at half weight', () => {
    const ranked = mergeRuns(
      [run('chunk', [['course-word', 1]]), run('extra', [['everyday-word', 1]])],
      50,
    );
    expect(ranked.map((r) => r.id)).toEqual(['course-word', 'everyday-word']);
  });

  it('returns nothing when every run is empty', () => {
    expect(mergeRuns([run('all', []), run('chunk', [])], 50)).toEqual([]);
  });
});

describe('closeness', () => {
  it('compares Chinese by neighbouring characters and Latin words whole', () => {
    expect(charPairs('客户流失，CRM 怎么用')).toEqual([
      '客户',
      '户流',
      '流失',
      'crm',
      '怎么',
      '么用',
    ]);
    expect(charPairs('扶')).toEqual([]);
  });

  const fields = new Map<string, PageFields>([
    [
      'operations',
      {
        title: '渠道日常运营',
        questions: '怎样给经销商分解年度目标？经销商业绩差，该换掉还是再扶一把？',
      },
    ],
    [
      'pricing',
      {
        title: '渠道价格体系管理',
        questions: '渠道各级的价格和折扣怎么定？经销商低价销售、跨区窜货，公司能管什么？',
      },
    ],
    ['basics', { title: '渠道管理基础', questions: '我的产品该自己卖还是交给经销商卖？' }],
  ]);
  const said = indexSaid(fields);

  it('indexes the title and each question apart, counting pages, not questions', () => {
    expect(said.units).toHaveLength(3 + 3 + 2);
    expect(said.pages).toBe(3);
    expect(said.pagesWith.get('经销')).toBe(3);
    expect(said.pagesWith.get('渠道')).toBe(3);
    expect(said.pagesWith.get('扶一')).toBe(1);
  });

  it('scores a page by the one question closest to the query, rare pairs counting most', () => {
    // Pairs of 经销商要换还是扶 the pages use: 经销, 销商 (on 3 pages: IDF ln(1 + 0.5/3.5) = 0.134
    // each), 还是 (on 2: ln(1 + 1.5/2.5) = 0.470). Operations' question holds all three; basics'
    // holds 经销, 销商 and 还是 too; pricing's only 经销, 销商.
    const near = closeness('经销商要换还是扶', said, lexicon.phrases);
    const w3 = idf(3, 3);
    const w2 = idf(3, 2);
    expect(w3).toBeCloseTo(0.1335, 3);
    expect(w2).toBeCloseTo(0.47, 3);
    expect(near.get('operations')).toBeCloseTo(1, 6);
    expect(near.get('basics')).toBeCloseTo(1, 6);
    expect(near.get('pricing')).toBeCloseTo((2 * w3) / (2 * w3 + w2), 6);
  });

  it('leaves out question phrases and pages that share nothing with the query', () => {
    // 怎么 is a question phrase: without removing it 渠道各级的价格和折扣怎么定 would share it.
    const near = closeness('折扣怎么算', said, lexicon.phrases);
    expect([...near.keys()]).toEqual(['pricing']);
    expect(near.get('pricing')).toBeCloseTo(1, 6);
    expect(closeness('怎么办', said, lexicon.phrases).size).toBe(0);
  });
});

describe('boostTitles', () => {
  const ranked = [
    { id: 'needs', score: 2, run: 0, matched: 1 },
    { id: 'presentation', score: 1.6, run: 0, matched: 1 },
    { id: 'other', score: 1.5, run: 0, matched: 1 },
  ];
  const page = (title: string, more: Partial<PageFields> = {}): PageFields => ({
    title,
    questions: '',
    ...more,
  });
  const fields = new Map([
    ['needs', page('客户需求洞察')],
    ['presentation', page('演示与方案呈现')],
    ['other', page('客户流失预警与挽回')],
  ]);

  it('puts a page whose title holds a rare word of the question above body mentions', () => {
    const weights = new Map([
      ['客户', idf(90, 60)],
      ['演示', idf(90, 7)],
    ]);
    expect(boostTitles(ranked, weights, fields).map((r) => r.id)).toEqual([
      'presentation',
      'needs',
      'other',
    ]);
  });

  it('lets a word on most pages add little', () => {
    const common = boostTitles(ranked, new Map([['客户', idf(90, 85)]]), fields);
    const rare = boostTitles(ranked, new Map([['演示', idf(90, 7)]]), fields);
    const gain = (out: typeof ranked, id: string) =>
      out.find((r) => r.id === id)!.score - ranked.find((r) => r.id === id)!.score;
    expect(gain(common, 'needs')).toBeLessThan(0.3);
    expect(gain(rare, 'presentation')).toBeGreaterThan(2);
  });

  it('keeps the score of a page without known fields', () => {
    const out = boostTitles(ranked, new Map([['演示', 2]]), new Map());
    expect(out).toEqual(ranked);
  });

  it('lifts a page whose 本页回答的问题 holds a word of the question, less than its title would', () => {
    const weights = new Map([['投诉', idf(90, 12)]]);
    const asked = new Map([
      ...fields,
      ['other', page('客户流失预警与挽回', { questions: '客户投诉和反馈怎么收集？' })],
    ]);
    const out = boostTitles(ranked, weights, asked);
    expect(out.map((r) => r.id)).toEqual(['other', 'needs', 'presentation']);
    const byTitle = boostTitles(ranked, weights, new Map([['other', page('投诉处理')]]));
    const score = (rs: typeof ranked) => rs.find((r) => r.id === 'other')!.score;
    expect(score(out)).toBeLessThan(score(byTitle));
  });

  it('ranks a worksheet page below the chapter on its topic unless the question asks for a tool', () => {
    const weights = new Map([['swot', idf(90, 4)]]);
    const swot = [
      { id: 'worksheet', score: 3, run: 0, matched: 1 },
      { id: 'chapter', score: 2, run: 0, matched: 1 },
    ];
    const pages = new Map([
      ['worksheet', page('SWOT 分析矩阵', { tool: true })],
      ['chapter', page('市场分析与商机识别', { questions: 'SWOT 这些工具怎么用？' })],
    ]);
    const tools = ['模板', '表格'];
    expect(boostTitles(swot, weights, pages, 'SWOT', tools).map((r) => r.id)).toEqual([
      'chapter',
      'worksheet',
    ]);
    expect(boostTitles(swot, weights, pages, 'SWOT 模板', tools).map((r) => r.id)).toEqual([
      'worksheet',
      'chapter',
    ]);
    // A worksheet named by its whole title still comes first.
    expect(boostTitles(swot, weights, pages, 'SWOT 分析矩阵', tools)[0].id).toBe('worksheet');
  });

  it('puts the page whose whole title is the query first, above pages that answer its words', () => {
    const weights = new Map([
      ['渠道', idf(90, 20)],
      ['价格', idf(90, 20)],
    ]);
    const pricing = [
      { id: 'pricing', score: 3, run: 0, matched: 2 },
      { id: 'calculator', score: 1, run: 0, matched: 2 },
    ];
    const out = boostTitles(
      pricing,
      weights,
      new Map([
        ['pricing', page('渠道价格管理', { questions: '渠道价格怎么定？价格体系怎么管？' })],
        ['calculator', page('渠道价格计算器')],
      ]),
      '渠道价格计算器',
    );
    expect(out.map((r) => r.id)).toEqual(['calculator', 'pricing']);
  });
});

describe('idf', () => {
  it('falls as more pages contain the word', () => {
    expect(idf(50, 1)).toBeGreaterThan(idf(50, 10));
    expect(idf(50, 10)).toBeGreaterThan(idf(50, 49));
  });
});

describe('lexicon', () => {
  const docs = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? docs(p) : p.endsWith('.mdx') ? [p] : [];
    });
  const course = docs('src/content/docs')
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n')
    .toLowerCase();

  it.each(lexicon.synonyms.map((s) => [s.term, s.words.join('、')]))(
    'synonym target %s (for %s) is a word the course uses',
    (term) => expect(course).toContain(term.toLowerCase()),
  );

  it('has no word that is both dropped and a synonym target', () => {
    const dropped = new Set([...lexicon.stopwords, ...lexicon.weak, ...lexicon.phrases]);
    for (const s of lexicon.synonyms) expect(dropped.has(s.term), s.term).toBe(false);
  });
});

/**
 * Query handling for the site search, in front of Pagefind (pure: no DOM, no Pagefind).
 *
 * Pagefind requires every word of a query to match, and it splits a Chinese query into words
 * with the browser's Intl.Segmenter. A learner's question ("客户说太贵了怎么办") carries question
 * words and particles that are on no page, and everyday words the course does not use. So:
 *   1. normalize (full-width → half-width, lower case, punctuation → space);
 *   2. replace everyday words with the course's word from a reviewed synonym list, and keep the
 *      course's own terms (the glossary's) whole, so a term is never cut across (经销商要换);
 *   3. segment with Intl.Segmenter('zh', { granularity: 'word' }) and drop question words,
 *      particles and pronouns;
 *   4. keep the remaining words that stood next to each other as one chunk ("开晨会"), because
 *      the segmenter splits terms such as 晨会 into 晨 + 会 and a lone 会 matches everything;
 *   5. cut each chunk into the words the index holds (splitByWords), longest first, so the query
 *      uses the same words as the pages (产品演示 → 产品 + 演示; 员日报 → 日报);
 *   6. search all chunks together, then each chunk alone, and merge the runs by score
 *      (mergeRuns), so a page matching most of the question still comes back.
 */

export interface Synonym {
  /** Everyday words a learner may type. */
  words: string[];
  /** The word the course uses for the same thing. */
  term: string;
}

export interface Lexicon {
  /** Question phrases removed from the text before it is split into words: 怎么办, 哪些. */
  phrases: readonly string[];
  /** Words that carry no topic (particles, pronouns, conjunctions): always dropped. */
  stopwords: readonly string[];
  /** One-character words dropped unless they touch another one-character word (晨|会, 下|单). */
  weak: readonly string[];
  /** Characters dropped from the end of a word: 贵了 → 贵. */
  particles: readonly string[];
  synonyms: readonly Synonym[];
  /** Words that ask for a worksheet (模板, 表格): only then may a worksheet page outrank the
   * chapter that teaches its topic. */
  tools?: readonly string[];
}

export interface QueryPlan {
  /** The normalized query as typed. */
  text: string;
  /** The words worth searching alone: words of two or more characters, course terms from the
   * synonym list, and runs of single characters the segmenter split off one word (晨|会 → 晨会). */
  chunks: string[];
  /** Everyday words that were replaced by a synonym: searched too, with a lower weight. */
  extras: string[];
  /** Runs of the query that lost a character when cut into the index's words (业绩差 → 业绩):
   * not searched, but a page whose title or questions hold one whole is about it (boostTitles). */
  phrases: string[];
}

/** Full-width to half-width (NFKC), lower case, punctuation and symbols to single spaces. */
export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text as the re-ranking compares it: normalized, without spaces. */
export const flat = (text = '') => normalizeQuery(text).replace(/\s+/g, '');

const HAN = /\p{Script=Han}/u;
const isSingleHan = (w: string) => w.length === 1 && HAN.test(w);

interface Token {
  word: string;
  start: number;
  end: number;
  /** Set for a course term put in by the synonym list: never split, never dropped. */
  term?: boolean;
}

/**
 * Splits text at the everyday words of the synonym list and at the course's own terms (kept
 * as they are), longest first.
 */
function applySynonyms(text: string, synonyms: readonly Synonym[], terms: readonly string[]) {
  const pairs = [
    ...synonyms.flatMap((s) =>
      s.words.map((w) => ({ word: normalizeQuery(w), term: normalizeQuery(s.term) })),
    ),
    ...terms.map((t) => ({ word: normalizeQuery(t), term: normalizeQuery(t) })),
  ]
    .filter((p) => p.word)
    .sort((a, b) => b.word.length - a.word.length);
  const pieces: { text: string; term?: string }[] = [{ text }];
  const extras: string[] = [];
  for (const { word, term } of pairs) {
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i];
      if (piece.term !== undefined || !piece.text.includes(word)) continue;
      const parts = piece.text.split(word);
      const spliced = parts.flatMap((p, j) =>
        j === 0 ? [{ text: p }] : [{ text: word, term }, { text: p }],
      );
      pieces.splice(i, 1, ...spliced);
      i += spliced.length - 1;
      if (word !== term && !extras.includes(word)) extras.push(word);
    }
  }
  return { pieces, extras };
}

const HAN_RUN = /^\p{Script=Han}{2,}$/u;

/**
 * Cuts a Chinese chunk into words of the index's word list (pagefind/words.txt), so the query
 * uses the words the pages were indexed with (产品演示 → 产品 + 演示). `parts` are the pieces the
 * segmenter made of the chunk (周|例会): a cut falls between them, taking the longest run of
 * them the list holds first, so the index's pairs of characters that merely stood side by side
 * (周例) do not win over a real word (例会). A part the list does not hold is cut the same way
 * character by character. Single characters no listed word covers are cut into two-character
 * pieces, and a single one left over is dropped (员|日报 → 日报). A chunk the list holds, a chunk
 * that is not all Chinese, or an empty list (not loaded yet) leaves the chunk whole.
 */
export function splitByWords(
  chunk: string,
  words: ReadonlySet<string>,
  parts: readonly string[] = [...chunk],
): string[] {
  if (words.size === 0 || words.has(chunk) || !HAN_RUN.test(chunk)) return [chunk];
  const listed = (i: number, j: number) =>
    (j - i > 1 || parts[i].length > 1) && words.has(parts.slice(i, j).join(''));
  const out: string[] = [];
  let rest = '';
  const flush = () => {
    for (let k = 0; k + 1 < rest.length; k += 2) out.push(rest.slice(k, k + 2));
    rest = '';
  };
  for (let i = 0; i < parts.length; i++) {
    let j = parts.length;
    while (j > i && !listed(i, j)) j--;
    if (j === i && parts[i].length === 1) {
      rest += parts[i];
      continue;
    }
    flush();
    if (j > i) {
      out.push(parts.slice(i, j).join(''));
      i = j - 1;
    } else {
      out.push(...splitByWords(parts[i], words).filter((w) => w !== parts[i]));
    }
  }
  flush();
  return out.length > 0 ? out : [chunk];
}

/** The text with each question phrase (怎么办, 哪些) turned into as many spaces, longest phrase
 * first, so the words around it do not join up and every other character keeps its place. */
export function blankPhrases(text: string, phrases: readonly string[]): string {
  let out = text;
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    out = out.split(phrase).join(' '.repeat(phrase.length));
  }
  return out;
}

/** The parts of a glossary term worth keeping whole in a query: its runs of two or more
 * Chinese characters (增值税（含税价/不含税价） → 增值税, 含税价, 不含税价). */
export function courseTerms(glossary: readonly string[]): string[] {
  const runs = glossary.flatMap((t) => normalizeQuery(t).match(/\p{Script=Han}{2,}/gu) ?? []);
  return [...new Set(runs)];
}

/**
 * Builds the plan for one query. The segmenter is passed in so tests and browsers share code;
 * `words` is the index's word list (empty until it has loaded: chunks are then left whole);
 * `terms` are the course's own terms (courseTerms of the glossary), never cut across
 * (经销商要换 → 经销商, not 经销 + 商要).
 */
export function planQuery(
  raw: string,
  lexicon: Lexicon,
  segmenter: Intl.Segmenter,
  words: ReadonlySet<string> = new Set(),
  terms: readonly string[] = [],
): QueryPlan {
  const text = normalizeQuery(raw);
  const stop = new Set(lexicon.stopwords);
  const weak = new Set(lexicon.weak);

  // Synonyms first, on the whole text: a segmenter may split 吵架 or 不续约 in unhelpful places.
  const { pieces, extras } = applySynonyms(text, lexicon.synonyms, terms);
  const tokens: Token[] = [];
  let offset = 0;
  for (const piece of pieces) {
    if (piece.term !== undefined) {
      tokens.push({ word: piece.term, start: offset, end: offset + piece.text.length, term: true });
    } else {
      const plain = blankPhrases(piece.text, lexicon.phrases);
      for (const { segment, index, isWordLike } of segmenter.segment(plain)) {
        if (!isWordLike) continue;
        let word = segment;
        while (word.length > 1 && HAN.test(word) && lexicon.particles.includes(word.at(-1)!)) {
          word = word.slice(0, -1);
        }
        if (stop.has(word)) continue;
        tokens.push({ word, start: offset + index, end: offset + index + segment.length });
      }
    }
    offset += piece.text.length;
  }
  const touches = (a?: Token, b?: Token) => !!a && !!b && a.end === b.start;
  const loneChar = (t?: Token) => !!t && !t.term && isSingleHan(t.word) && !weak.has(t.word);
  const loneOrWeak = (t: Token) => !t.term && isSingleHan(t.word);

  // A weak word stuck to a one-character word is most likely part of a term the segmenter
  // split (晨|会, 下|单, 上|传): keep it there, drop it elsewhere.
  const kept = tokens.filter(
    (t, i) =>
      !weak.has(t.word) ||
      t.term ||
      (touches(tokens[i - 1], t) && loneChar(tokens[i - 1])) ||
      (touches(t, tokens[i + 1]) && loneChar(tokens[i + 1])),
  );

  // The segmenter leaves single characters where it did not know a word. A run of them is put
  // back together (晨|会 → 晨会, 含|税|价 → 含税价); a lone one joins the word it touches, the
  // next word first (大|客户 → 大客户, 周|例会 → 周例会), else the previous (经销|商 → 经销商).
  const chunks: { text: string; fixed: boolean; parts: string[] }[] = [];
  let glue = '';
  for (let i = 0; i < kept.length; i++) {
    const t = kept[i];
    if (t.term || !isSingleHan(t.word)) {
      chunks.push({
        text: glue + t.word,
        fixed: !!t.term,
        parts: glue ? [glue, t.word] : [t.word],
      });
      glue = '';
      continue;
    }
    let run = t.word;
    while (i + 1 < kept.length && touches(kept[i], kept[i + 1]) && loneOrWeak(kept[i + 1])) {
      run += kept[++i].word;
    }
    const next = kept[i + 1];
    const prev = chunks.at(-1);
    if (run.length > 1) chunks.push({ text: run, fixed: false, parts: [...run] });
    else if (next && !next.term && touches(kept[i], next)) glue = run;
    else if (prev && !prev.fixed && i > 0 && touches(kept[i - 1], t)) {
      prev.text += run;
      prev.parts.push(run);
    }
  }
  // Lone characters count only when nothing else is left ("算" alone still searches).
  const lone = kept.map((t) => t.word).filter((w) => isSingleHan(w));
  const whole = new Set(terms.map(normalizeQuery));
  const phrasesLost: string[] = [];
  const chosen =
    chunks.length > 0
      ? chunks.flatMap((c) => {
          if (c.fixed && whole.has(c.text)) return [c.text];
          // A synonym's term the glossary does not hold is cut where the segmenter cuts it
          // (合格|的|销售|经理), so it is not cut across its own words (的销 + 售经).
          const parts = c.fixed
            ? [...segmenter.segment(c.text)].map((s) => s.segment).filter((s) => s.trim())
            : c.parts;
          const cut = splitByWords(c.text, words, parts);
          if (cut.join('').length < c.text.length) phrasesLost.push(c.text);
          return cut;
        })
      : lone;
  return {
    text,
    chunks: [...new Set(chosen)],
    extras: extras.filter((e) => !chosen.includes(e)),
    phrases: [...new Set(phrasesLost)],
  };
}

/** What Pagefind returned for one query string. */
export interface Run {
  query: string;
  /** all: every chunk together; chunk: one chunk; extra: an everyday word that was replaced. */
  kind: 'all' | 'chunk' | 'extra';
  hits: { id: string; score: number }[];
}

export interface Ranked {
  id: string;
  score: number;
  /** The run whose excerpt to show: the all-words run when the page is in it. */
  run: number;
  /** How many chunk runs found this page. */
  matched: number;
}

const KIND_WEIGHT: Record<Run['kind'], number> = { all: 1, chunk: 1, extra: 0.5 };

/** Inverse document frequency, as BM25 computes it. */
export function idf(totalPages: number, pagesWithTerm: number): number {
  return Math.log(1 + (totalPages - pagesWithTerm + 0.5) / (pagesWithTerm + 0.5));
}

/**
 * Merges the runs of one query into one ranking. Each run adds, for every page it found, the
 * page's score relative to that run's best page, weighted by how rare the run's words are (IDF),
 * so a page that matches the rare words of a question outranks one that matches the common ones.
 * Pages that match all words (the `all` run) get that run's share on top.
 */
export function mergeRuns(runs: Run[], totalPages: number): Ranked[] {
  const byId = new Map<string, Ranked & { best: number }>();
  runs.forEach((run, r) => {
    if (run.hits.length === 0) return;
    const top = Math.max(...run.hits.map((h) => h.score)) || 1;
    const weight = KIND_WEIGHT[run.kind] * idf(totalPages, run.hits.length);
    for (const hit of run.hits) {
      const share = weight * (hit.score / top);
      const entry = byId.get(hit.id) ?? { id: hit.id, score: 0, run: r, matched: 0, best: -1 };
      entry.score += share;
      if (run.kind === 'chunk') entry.matched++;
      const prefer = run.kind === 'all' ? Infinity : share;
      if (prefer > entry.best) {
        entry.best = prefer;
        entry.run = r;
      }
      byId.set(hit.id, entry);
    }
  });
  return [...byId.values()]
    .sort((a, b) => b.score - a.score)
    .map(({ id, score, run, matched }) => ({ id, score, run, matched }));
}

/** How much a word found in a page's title adds, times the word's IDF. */
export const TITLE_WEIGHT = 2;

/** How much a word found in a page's 本页回答的问题 adds, times the word's IDF. */
export const QUESTION_WEIGHT = 1.5;

/** What a worksheet page's score is multiplied by when the question does not ask for a tool. */
export const TOOL_FACTOR = 0.5;

/** What a page says it is about (pagefind/pages.json, written by index-words.mjs). */
export interface PageFields {
  title: string;
  /** Its 本页回答的问题, one string. */
  questions: string;
  /** A worksheet page (/exercises/…): a tool to fill in, not the chapter that teaches. */
  tool?: boolean;
}

/**
 * Re-ranks merged results by what each page says it is about: a page whose title holds a word
 * of the question is about that word, so the word's weight (its IDF: a word on most pages adds
 * little) times TITLE_WEIGHT is added to the page's score; a word in the questions the page
 * answers (its 本页回答的问题) adds its weight times QUESTION_WEIGHT. A worksheet page comes after the chapter that
 * teaches its topic (its score times TOOL_FACTOR) unless the question asks for a tool (one of
 * `toolWords`: 模板, 表格 …). A page whose whole title is the query is the page the learner
 * named, so it comes first. Pages without known fields keep their score.
 * @param weights word of the plan → its IDF
 * @param fields page id → what the page says it is about
 * @param query the query as typed
 * @param toolWords words that ask for a worksheet (lexicon.tools)
 */
export function boostTitles(
  ranked: Ranked[],
  weights: ReadonlyMap<string, number>,
  fields: ReadonlyMap<string, PageFields>,
  query = '',
  toolWords: readonly string[] = [],
): Ranked[] {
  const named = flat(query);
  const wantsTool = toolWords.some((w) => named.includes(w));
  const gain = (text: string) => {
    let sum = 0;
    if (text) for (const [word, weight] of weights) if (text.includes(word)) sum += weight;
    return sum;
  };
  return ranked
    .map((r) => {
      const page = fields.get(r.id);
      const title = flat(page?.title);
      const bonus = TITLE_WEIGHT * gain(title) + QUESTION_WEIGHT * gain(flat(page?.questions));
      const factor = page?.tool && !wantsTool ? TOOL_FACTOR : 1;
      return {
        page: { ...r, score: (r.score + bonus) * factor },
        named: named !== '' && title === named,
      };
    })
    .sort((a, b) => Number(b.named) - Number(a.named) || b.page.score - a.page.score)
    .map((s) => s.page);
}

/** The closeness a page needs to be re-ranked even from below the leading ones: its title or
 * one of its questions holds this share of the query's character pairs (by weight). */
export const CLOSE_MIN = 0.8;

/** How much closeness (0–1) adds to a page's score. */
export const CLOSE_WEIGHT = 3;

/** The character pairs a text is compared by: each pair of neighbouring Chinese characters
 * within a run of them, and each run of Latin letters or digits whole (客户流失 crm →
 * 客户, 户流, 流失, crm). */
export function charPairs(text: string): string[] {
  const out: string[] = [];
  for (const run of normalizeQuery(text).match(/\p{Script=Han}+|[a-z0-9]+/gu) ?? []) {
    if (!HAN.test(run)) out.push(run);
    else for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

/** Each page's title and each of its 本页回答的问题 as character pairs, and on how many pages
 * each pair occurs. */
export interface SaidIndex {
  units: { id: string; pairs: ReadonlySet<string> }[];
  pagesWith: ReadonlyMap<string, number>;
  pages: number;
}

export function indexSaid(fields: ReadonlyMap<string, PageFields>): SaidIndex {
  const units = [...fields].flatMap(([id, page]) =>
    [page.title, ...page.questions.split(/[？?]/)]
      .map((text) => new Set(charPairs(text)))
      .filter((pairs) => pairs.size > 0)
      .map((pairs) => ({ id, pairs })),
  );
  const ids = new Map<string, Set<string>>();
  for (const u of units) {
    for (const p of u.pairs) {
      if (!ids.has(p)) ids.set(p, new Set());
      ids.get(p)!.add(u.id);
    }
  }
  return {
    units,
    pagesWith: new Map([...ids].map(([p, set]) => [p, set.size])),
    pages: Math.max(fields.size, 1),
  };
}

/**
 * How close each page comes to asking the learner's question itself: the largest share of the
 * query's character pairs, each weighted by how few pages use it (its IDF), that the page's
 * title or one of its 本页回答的问题 holds (0–1). Question phrases (怎么, 哪些) are taken out
 * first, so "经销商要换还是扶" is close to "经销商业绩差，该换掉还是再扶一把？" by 经销, 销商, 还是.
 * Pages holding none of the pairs are left out.
 */
export function closeness(
  query: string,
  said: SaidIndex,
  phrases: readonly string[] = [],
): Map<string, number> {
  const text = blankPhrases(normalizeQuery(query), phrases);
  const want = new Map<string, number>();
  for (const p of charPairs(text)) {
    const n = said.pagesWith.get(p);
    if (n) want.set(p, idf(said.pages, n));
  }
  const total = [...want.values()].reduce((a, b) => a + b, 0);
  const out = new Map<string, number>();
  if (total === 0) return out;
  for (const u of said.units) {
    let got = 0;
    for (const [p, w] of want) if (u.pairs.has(p)) got += w;
    if (got > 0) out.set(u.id, Math.max(out.get(u.id) ?? 0, got / total));
  }
  return out;
}

/** The query strings to run for a plan, in order: all words together, each chunk, each extra. */
export function runsFor(plan: QueryPlan): { query: string; kind: Run['kind'] }[] {
  const out: { query: string; kind: Run['kind'] }[] = [];
  const all = plan.chunks.join(' ');
  out.push({ query: all, kind: 'all' });
  for (const c of plan.chunks) if (c !== all) out.push({ query: c, kind: 'chunk' });
  for (const e of plan.extras) out.push({ query: e, kind: 'extra' });
  return out.filter((r) => r.query);
}

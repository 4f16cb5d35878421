/**
 * Runs one learner's query against Pagefind: plans it (query.ts), sends the all-words query and
 * each chunk on its own, and merges what comes back. Pagefind is passed in, so tests use a stub.
 */
import {
  boostTitles,
  CLOSE_MIN,
  CLOSE_WEIGHT,
  closeness,
  idf,
  indexSaid,
  mergeRuns,
  flat,
  planQuery,
  runsFor,
  type Lexicon,
  type PageFields,
  type QueryPlan,
  type Ranked,
  type Run,
  type SaidIndex,
} from './query';

/** The part of Pagefind's JS API (pagefind.js) the search uses. */
export interface PagefindApi {
  search(
    term: string | null,
    options?: Record<string, unknown>,
  ): Promise<{ results: PagefindResult[] } | null>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

export interface PagefindData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text. */
  content?: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

export interface SearchOutcome {
  plan: QueryPlan;
  /** Best first. */
  results: PagefindResult[];
  /** True when no page has every word, so the results match only some of them. */
  partial: boolean;
}

/** How many of the best pages are re-ranked by their titles and questions (boostTitles): only
 * pages whose text already matches the question well enough to lead move up. */
export const TITLE_CHECK = 10;

/** Pagefind's page id (its result id) → the page's fields. */
export type PageFieldsMap = ReadonlyMap<string, PageFields>;
export type { PageFields };

/** How many Pagefind runs (one query string each) are kept for reuse. */
export const RUN_CACHE = 100;

export class SiteSearchEngine {
  #totalPages: number | undefined;
  /** Pagefind's answer per query string: the words of one question come back in the next. */
  #runs = new Map<string, Promise<PagefindResult[]>>();
  #saidText: Map<string, string> | undefined;
  #askedIndex: SaidIndex | undefined;

  constructor(
    private readonly api: PagefindApi,
    private readonly lexicon: Lexicon,
    private readonly segmenter: Intl.Segmenter,
    /** The index's word list (pagefind/words.txt), for cutting queries as the pages are cut. */
    private readonly words: ReadonlySet<string> = new Set(),
    /** Every page's title and questions (pagefind/pages.json), for ranking the pages found
     * without loading their data. Without it Pagefind's scores alone rank. */
    private readonly fields: PageFieldsMap = new Map(),
    /** The course's own terms (courseTerms of the glossary, pagefind/terms.json), which a query
     * keeps whole. */
    private readonly terms: readonly string[] = [],
  ) {}

  /** Number of indexed pages, for weighting rare words up (a filter-only search lists them all). */
  async totalPages(): Promise<number> {
    this.#totalPages ??= (await this.api.search(null))?.results.length ?? 0;
    return this.#totalPages;
  }

  async search(raw: string): Promise<SearchOutcome> {
    const plan = planQuery(raw, this.lexicon, this.segmenter, this.words, this.terms);
    const specs = runsFor(plan);
    const [total, found] = await Promise.all([
      this.totalPages(),
      Promise.all(specs.map((s) => this.#run(s.query))),
    ]);
    const runs: Run[] = specs.map((spec, i) => ({
      ...spec,
      hits: found[i].map((r) => ({ id: r.id, score: r.score })),
    }));
    // Each page keeps the result object of the run chosen for it, so its excerpt marks those words.
    const objects = found.map((results) => new Map(results.map((r) => [r.id, r])));
    const pages = Math.max(total, 1);
    const merged = mergeRuns(runs, pages);
    // Of the leading pages, one whose title or 本页回答的问题 holds a word of the question moves
    // up, and a worksheet moves below the chapter unless a tool is asked for (boostTitles).
    const weights = new Map(
      runs
        .filter((r) => r.kind !== 'extra' && !r.query.includes(' ') && r.hits.length > 0)
        .map((r) => [r.query, idf(pages, r.hits.length)] as const),
    );
    // A run that lost a character to the cut (业绩差 → 业绩) counts when a page's title or
    // questions use it whole, weighted by how few pages do; such a page is re-ranked even from
    // below the leading ones.
    const said = this.#said();
    const phrases: string[] = [];
    for (const phrase of plan.phrases) {
      const naming = [...said.values()].filter((text) => text.includes(phrase)).length;
      if (naming === 0) continue;
      weights.set(phrase, idf(pages, naming));
      phrases.push(phrase);
    }
    // A question of four or more Chinese characters that is not a course term as typed counts the
    // pages that ask nearly the same thing in their title or questions (closeness); such a page is
    // re-ranked even from below the leading ones. A term's own page needs no help.
    const typed = flat(raw);
    const asks = (typed.match(/\p{Script=Han}/gu) ?? []).length >= 4 && !this.terms.includes(typed);
    const close = asks ? closeness(raw, this.#asked(), this.lexicon.phrases) : new Map();
    const head: Ranked[] = [];
    const rest: Ranked[] = [];
    merged.forEach((r, i) => {
      const near = close.get(r.id) ?? 0;
      const named = phrases.some((p) => said.get(r.id)?.includes(p)) || near >= CLOSE_MIN;
      (i < TITLE_CHECK || named ? head : rest).push({ ...r, score: r.score + CLOSE_WEIGHT * near });
    });
    const ranked = [...boostTitles(head, weights, this.fields, raw, this.lexicon.tools), ...rest];
    const results = ranked.map((r) => objects[r.run].get(r.id)!);
    const allRun = runs.find((r) => r.kind === 'all');
    return { plan, results, partial: results.length > 0 && (allRun?.hits.length ?? 0) === 0 };
  }

  /** Each page's title and each of its questions as character pairs (closeness). */
  #asked(): SaidIndex {
    this.#askedIndex ??= indexSaid(this.fields);
    return this.#askedIndex;
  }

  /** Each page's title and 本页回答的问题 as one text, as the re-ranking compares them. */
  #said(): ReadonlyMap<string, string> {
    this.#saidText ??= new Map(
      [...this.fields].map(([id, page]) => [id, flat(`${page.title} ${page.questions}`)]),
    );
    return this.#saidText;
  }

  /** One Pagefind search, reused while it is among the last RUN_CACHE query strings. */
  #run(query: string): Promise<PagefindResult[]> {
    let run = this.#runs.get(query);
    if (run) {
      this.#runs.delete(query); // most recently used last
    } else {
      run = this.api.search(query).then((r) => r?.results ?? []);
      run.catch(() => this.#runs.delete(query));
    }
    this.#runs.set(query, run);
    if (this.#runs.size > RUN_CACHE) this.#runs.delete(this.#runs.keys().next().value!);
    return run;
  }

  /** Loads the index chunks a query will need while the learner is still typing. */
  preload(raw: string): void {
    const plan = planQuery(raw, this.lexicon, this.segmenter, this.words, this.terms);
    const api = this.api as PagefindApi & { preload?: (term: string) => Promise<void> };
    for (const spec of runsFor(plan)) void api.preload?.(spec.query);
  }
}

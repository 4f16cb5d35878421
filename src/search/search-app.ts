/**
 * Everything the search dialog needs once it is opened: the form (ui.ts), the query handling
 * (engine.ts, query.ts, lexicon.json) and Pagefind, set up for this site's base path.
 */
import { SiteSearchEngine, type PageFieldsMap, type PagefindApi } from './engine';
import { SearchUI, type SearchStrings, type TermLink } from './ui';
import type { GlossaryTerm } from './suggest';
import { DEBOUNCE_MS, PAGE_SIZE, RANKING } from './config';
import { courseTerms } from './query';
import lexicon from './lexicon.json';
import { pageLink, siteBase } from '../course/base';

type PagefindModule = PagefindApi & {
  options(opts: Record<string, unknown>): Promise<void>;
  preload(term: string): Promise<void>;
};

export interface SearchApp {
  input: HTMLInputElement;
}

/** Builds the search form in `root`; Pagefind loads in the background straight away. */
export function createSearchApp(root: HTMLElement, strings: SearchStrings): SearchApp {
  const engine = loadEngine();
  const ui = new SearchUI(root, {
    strings,
    pageSize: PAGE_SIZE,
    debounceMs: DEBOUNCE_MS,
    search: async (query) => (await engine).search(query),
    warmUp: (query) => void engine.then((e) => e.preload(query)),
    suggest: (words) => suggestTerms(words),
  });
  return { input: ui.input };
}

async function loadEngine(): Promise<SiteSearchEngine> {
  const base = siteBase();
  const [pagefind, words, fields, glossary] = await Promise.all([
    import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindModule>,
    loadWords(`${base}pagefind/words.txt`),
    loadFields(`${base}pagefind/pages.json`),
    loadGlossary().catch(() => []),
  ]);
  await pagefind.options({
    baseUrl: base,
    ranking: RANKING,
    excerptLength: 24,
    // One fixed address per build for Pagefind's metadata (by default it carries the time), so
    // the offline cache serves it and a new build is fetched afresh.
    metaCacheTag: import.meta.env.PUBLIC_BUILD_ID,
  });
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const terms = courseTerms(glossary.map((t) => t.term));
  return new SiteSearchEngine(pagefind, lexicon, segmenter, words, fields, terms);
}

let glossaryList: Promise<GlossaryTerm[]> | undefined;

/** The glossary's terms with their pages (pagefind/terms.json, written at build time by
 * index-words.mjs): queries keep these terms whole, and suggestions offer the closest. Fetched
 * once; a failed fetch is tried again next time. */
function loadGlossary(): Promise<GlossaryTerm[]> {
  glossaryList ??= fetch(`${siteBase()}pagefind/terms.json`).then((response) => {
    if (!response.ok) throw new Error(`pagefind/terms.json: ${response.status}`);
    return response.json() as Promise<GlossaryTerm[]>;
  });
  glossaryList.catch(() => (glossaryList = undefined));
  return glossaryList;
}

/** Glossary terms close to a query's words when it found nothing or only partial matches:
 * rare, so the code and the list load only then. */
async function suggestTerms(words: string[]): Promise<TermLink[]> {
  const base = siteBase();
  const [{ closestTerms }, terms] = await Promise.all([
    import('./suggest'),
    loadGlossary().catch(() => []),
  ]);
  return closestTerms(words, terms).map((t) => ({
    term: t.term,
    href: pageLink(base + t.href.slice(1)),
  }));
}

/** The index's word list, one word a line (written at build time by index-words.mjs). Without
 * it the search still works, with queries cut by the browser's segmenter alone. */
async function loadWords(url: string): Promise<Set<string>> {
  try {
    const response = await fetch(url);
    if (!response.ok) return new Set();
    return new Set((await response.text()).split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

/** Each page's title and questions by page id (written at build time by
 * index-words.mjs). Without it the search still works, ranked by Pagefind's scores. */
async function loadFields(url: string): Promise<PageFieldsMap> {
  try {
    const response = await fetch(url);
    if (!response.ok) return new Map();
    const pages = (await response.json()) as Record<string, [string, string, number]>;
    return new Map(
      Object.entries(pages).map(([id, [title, questions, tool]]) => [
        id,
        { title, questions, tool: tool === 1 },
      ]),
    );
  } catch {
    return new Map();
  }
}

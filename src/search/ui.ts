/**
 * The search form and result list inside the search dialog. It keeps Pagefind's default UI class
 * names (pagefind-ui__…), so Starlight's search styles apply, but runs queries through
 * SiteSearchEngine (question words dropped, synonyms, partial matches) instead of one Pagefind
 * call. Each result shows the page title, an excerpt with the matched words marked, up to three
 * matching sections, and the module the page belongs to. When nothing, or only part of a query,
 * matches, a line under the message suggests the closest glossary terms as links.
 */
import type { PagefindData, PagefindResult, SearchOutcome } from './engine';
import { tidyExcerpt } from './excerpt';
import { pageLink } from '../course/base';

/** UI strings, from Starlight's pagefind.* translations plus our own. */
export interface SearchStrings {
  placeholder: string;
  search_label: string;
  clear_search: string;
  load_more: string;
  searching: string;
  zero_results: string;
  one_result: string;
  many_results: string;
  partial_results: string;
  /** Put before the glossary terms suggested when nothing or only part of a query matches. */
  term_suggestions: string;
}

/** A glossary term suggested under an empty or partial result, with the page that teaches it. */
export interface TermLink {
  term: string;
  href: string;
}

export interface SearchUIOptions {
  strings: SearchStrings;
  /** Runs a query; called after the learner pauses typing. */
  search: (query: string) => Promise<SearchOutcome>;
  /** Glossary terms close to the words of a query that found nothing, or only partial matches
   * (loaded only then). */
  suggest?: (words: string[]) => Promise<TermLink[]>;
  /** Called on the first keystroke, to start loading the index early. */
  warmUp?: (query: string) => void;
  pageSize?: number;
  debounceMs?: number;
}

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

const fill = (template: string, term: string, count?: number) =>
  template
    .replace('[SEARCH_TERM]', term)
    .replace('[COUNT]', count === undefined ? '' : new Intl.NumberFormat('zh-CN').format(count));

/** Removes the spaces put between Chinese words for the index: 练习 工具 → 练习工具. */
export const joinHan = (text: string) =>
  text.replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, '$1');

/** Sections of a page worth listing under it: the three with most matches, in page order. */
export function pickSubResults(data: PagefindData, limit = 3) {
  const subs = data.sub_results ?? [];
  const rest = subs[0]?.url === (data.meta.url ?? data.url) ? subs.slice(1) : subs;
  if (rest.length <= limit) return rest;
  const keep = new Set(
    [...rest]
      .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
      .slice(0, limit)
      .map((s) => s.url),
  );
  return rest.filter((s) => keep.has(s.url));
}

export class SearchUI {
  readonly input: HTMLInputElement;
  #message: HTMLParagraphElement;
  #note: HTMLParagraphElement;
  #suggestions: HTMLParagraphElement;
  #list: HTMLOListElement;
  #more: HTMLButtonElement;
  #drawer: HTMLDivElement;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #searchId = 0;
  #shown = 0;
  #results: PagefindResult[] = [];

  constructor(
    root: HTMLElement,
    private readonly options: SearchUIOptions,
  ) {
    const { strings } = options;
    const wrap = el('div', 'pagefind-ui pagefind-ui--reset');
    const form = el('form', 'pagefind-ui__form');
    form.setAttribute('role', 'search');
    form.setAttribute('aria-label', strings.search_label);
    form.addEventListener('submit', (e) => e.preventDefault());

    this.input = el('input', 'pagefind-ui__search-input');
    Object.assign(this.input, {
      type: 'text',
      placeholder: strings.placeholder,
      title: strings.placeholder,
      autocapitalize: 'none',
      enterKeyHint: 'search',
      autocomplete: 'off',
    });
    this.input.setAttribute('aria-label', strings.placeholder);
    this.input.addEventListener('input', () => this.#onInput());

    const clear = el('button', 'pagefind-ui__search-clear pagefind-ui__suppressed');
    clear.type = 'button';
    clear.textContent = strings.clear_search;
    clear.addEventListener('click', () => {
      this.input.value = '';
      this.#onInput();
      this.input.focus();
    });
    this.input.addEventListener('input', () =>
      clear.classList.toggle('pagefind-ui__suppressed', !this.input.value),
    );

    this.#drawer = el('div', 'pagefind-ui__drawer pagefind-ui__hidden');
    const area = el('div', 'pagefind-ui__results-area');
    this.#message = el('p', 'pagefind-ui__message');
    this.#message.setAttribute('role', 'status');
    this.#note = el('p', 'pagefind-ui__note');
    this.#note.hidden = true;
    // Glossary terms when nothing or only part of a query matches; a live region, so they are
    // read out when they come.
    this.#suggestions = el('p', 'pagefind-ui__suggestions');
    this.#suggestions.setAttribute('aria-live', 'polite');
    this.#list = el('ol', 'pagefind-ui__results');
    this.#more = el('button', 'pagefind-ui__button', strings.load_more);
    this.#more.type = 'button';
    this.#more.hidden = true;
    this.#more.addEventListener('click', () => this.#showMore());
    area.append(this.#message, this.#note, this.#suggestions, this.#list, this.#more);
    this.#drawer.append(area);
    form.append(this.input, clear, this.#drawer);
    wrap.append(form);
    root.append(wrap);
  }

  #onInput() {
    const query = this.input.value.trim();
    clearTimeout(this.#timer);
    const id = ++this.#searchId;
    if (!query) {
      this.#drawer.classList.add('pagefind-ui__hidden');
      return;
    }
    this.options.warmUp?.(query);
    this.#timer = setTimeout(() => void this.#run(query, id), this.options.debounceMs ?? 300);
  }

  async #run(query: string, id: number) {
    const { strings } = this.options;
    this.#drawer.classList.remove('pagefind-ui__hidden');
    this.#message.textContent = fill(strings.searching, query);
    const outcome = await this.options.search(query);
    if (id !== this.#searchId) return; // a newer query is on its way
    const n = outcome.results.length;
    this.#message.textContent =
      n === 0
        ? fill(strings.zero_results, query)
        : fill(n === 1 ? strings.one_result : strings.many_results, query, n);
    this.#note.hidden = !outcome.partial;
    this.#note.textContent = outcome.partial ? strings.partial_results : '';
    this.#suggestions.replaceChildren();
    if (n === 0 || outcome.partial) {
      void this.#suggest(outcome.plan.chunks.length > 0 ? outcome.plan.chunks : [query], id);
    }
    this.#results = outcome.results;
    this.#list.replaceChildren();
    this.#shown = 0;
    await this.#showMore(id);
  }

  /** Under an empty or partial result: the glossary terms closest to the query, as links. */
  async #suggest(words: string[], id: number) {
    const terms = (await this.options.suggest?.(words).catch(() => [])) ?? [];
    if (id !== this.#searchId || terms.length === 0) return;
    const links = terms.flatMap((t, i) => {
      const a = el('a', undefined, t.term);
      a.href = t.href;
      return i === 0 ? [a] : ['、', a];
    });
    this.#suggestions.replaceChildren(this.options.strings.term_suggestions, ...links, '。');
  }

  async #showMore(id = this.#searchId) {
    const next = this.#results.slice(this.#shown, this.#shown + (this.options.pageSize ?? 5));
    this.#shown += next.length;
    this.#more.hidden = this.#shown >= this.#results.length;
    const items = next.map(() => this.#placeholder());
    this.#list.append(...items);
    await Promise.all(
      next.map(async (result, i) => {
        const data = await result.data();
        if (id === this.#searchId) items[i].replaceWith(this.#render(data));
      }),
    );
  }

  #placeholder() {
    const li = el('li', 'pagefind-ui__result');
    const inner = el('div', 'pagefind-ui__result-inner');
    inner.append(
      el('p', 'pagefind-ui__result-title pagefind-ui__loading', '. . . . . . . .'),
      el('p', 'pagefind-ui__result-excerpt pagefind-ui__loading', '. . . . . . . . . . . .'),
    );
    li.append(inner);
    return li;
  }

  #render(data: PagefindData) {
    const li = el('li', 'pagefind-ui__result');
    const inner = el('div', 'pagefind-ui__result-inner');
    const title = el('p', 'pagefind-ui__result-title');
    const link = el('a', 'pagefind-ui__result-link', data.meta.title ?? data.url);
    link.href = pageLink(data.meta.url ?? data.url);
    title.append(link);
    const excerpt = el('p', 'pagefind-ui__result-excerpt');
    // Pagefind's excerpt: escaped page text with <mark> around matches
    excerpt.innerHTML = tidyExcerpt(data.excerpt, data.content);
    inner.append(title, excerpt);
    for (const sub of pickSubResults(data)) {
      const nested = el('div', 'pagefind-ui__result-nested');
      const subTitle = el('p', 'pagefind-ui__result-title');
      const subLink = el('a', 'pagefind-ui__result-link', sub.title);
      subLink.href = pageLink(sub.url);
      subTitle.append(subLink);
      const subExcerpt = el('p', 'pagefind-ui__result-excerpt');
      subExcerpt.innerHTML = tidyExcerpt(sub.excerpt, data.content);
      nested.append(subTitle, subExcerpt);
      inner.append(nested);
    }
    if (data.meta.module) {
      const tags = el('ul', 'pagefind-ui__result-tags');
      tags.append(el('li', 'pagefind-ui__result-tag', joinHan(data.meta.module)));
      inner.append(tags);
    }
    li.append(inner);
    return li;
  }
}

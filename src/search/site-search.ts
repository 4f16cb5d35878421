/**
 * <site-search>: the header search button and its dialog (behaviour as in Starlight's Search
 * component: Ctrl/⌘ K, closes on a link click or a click outside), with our search UI inside.
 * Pagefind's pagefind.js is loaded the first time the dialog opens, not on every page view.
 */
import { SiteSearchEngine, type PagefindApi } from './engine';
import { SearchUI, type SearchStrings } from './ui';
import { DEBOUNCE_MS, PAGE_SIZE, RANKING } from './config';
import lexicon from './lexicon.json';

type PagefindModule = PagefindApi & {
  options(opts: Record<string, unknown>): Promise<void>;
  preload(term: string): Promise<void>;
};

class SiteSearch extends HTMLElement {
  #engine: Promise<SiteSearchEngine> | undefined;

  connectedCallback() {
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const frame = this.querySelector('.dialog-frame')!;
    const root = this.querySelector<HTMLElement>('#starlight__search')!;

    let strings = {} as SearchStrings;
    try {
      strings = JSON.parse(this.dataset.translations || '{}');
    } catch {
      // keep the empty strings: the search still works
    }
    const ui = new SearchUI(root, {
      strings,
      pageSize: PAGE_SIZE,
      debounceMs: DEBOUNCE_MS,
      search: async (query) => (await this.#load()).search(query),
      warmUp: (query) => void this.#load().then((engine) => engine.preload(query)),
    });

    /** Close the dialog when a link inside is followed or the backdrop is clicked. */
    const onClick = (event: MouseEvent) => {
      const target = event.target as Node;
      const isLink = target instanceof Element && target.closest('a[href]');
      if (isLink || (document.body.contains(target) && !frame.contains(target))) closeModal();
    };
    const openModal = (event?: MouseEvent) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      ui.input.focus();
      event?.stopPropagation();
      window.addEventListener('click', onClick);
      void this.#load();
    };
    const closeModal = () => dialog.close();

    openBtn.addEventListener('click', openModal);
    openBtn.disabled = false;
    closeBtn.addEventListener('click', closeModal);
    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });
    window.addEventListener('keydown', (e) => {
      if ((e.metaKey || e.ctrlKey) && e.key === 'k') {
        if (dialog.open) closeModal();
        else openModal();
        e.preventDefault();
      }
    });
  }

  /** Loads Pagefind once, set up for this site's base path and ranking. */
  #load(): Promise<SiteSearchEngine> {
    this.#engine ??= (async () => {
      const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
      const pagefind = (await import(
        /* @vite-ignore */ `${base}pagefind/pagefind.js`
      )) as PagefindModule;
      await pagefind.options({ baseUrl: base, ranking: RANKING, excerptLength: 24 });
      return new SiteSearchEngine(
        pagefind,
        lexicon,
        new Intl.Segmenter('zh', { granularity: 'word' }),
      );
    })();
    return this.#engine;
  }
}

customElements.define('site-search', SiteSearch);

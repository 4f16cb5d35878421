/**
 * <site-search>: the header search button and its dialog (behaviour as in Starlight's Search
 * component: Ctrl/⌘ K, closes on a link click or a click outside). The search form, the query
 * handling and Pagefind's pagefind.js load the first time the dialog opens, so a page view that
 * never searches runs only this small file.
 */
import type { SearchStrings } from './ui';

class SiteSearch extends HTMLElement {
  #app: Promise<import('./search-app').SearchApp> | undefined;

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
    const app = () =>
      (this.#app ??= import('./search-app').then(({ createSearchApp }) =>
        createSearchApp(root, strings),
      ));

    /** Close the dialog when a link inside is followed or the backdrop is clicked. */
    const onClick = (event: MouseEvent) => {
      const target = event.target as Node;
      const isLink = target instanceof Element && target.closest('a[href]');
      if (isLink || (document.body.contains(target) && !frame.contains(target))) closeModal();
    };
    const openModal = (event?: MouseEvent) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      event?.stopPropagation();
      window.addEventListener('click', onClick);
      void app().then(({ input }) => {
        if (dialog.open) input.focus();
      });
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
}

customElements.define('site-search', SiteSearch);

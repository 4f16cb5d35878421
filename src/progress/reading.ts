/**
 * Reading progress on every docs page, in plain TypeScript (it ships on every chapter, so no
 * framework; the bench reports its size). It:
 *   - puts a check (and 已读 for screen readers) beside read pages in the sidebar, and each
 *     module's count of read chapters beside the module name;
 *   - marks a chapter read when its end comes into view, and runs the 本页已读 toggle;
 *   - remembers the page open last and the heading the reader was at, for 继续阅读;
 *   - fills the 继续阅读 link on the home page and on each module's first page;
 *   - follows other tabs through the `storage` event.
 * Storage goes through the worksheets' layer: blocked storage falls back to memory, and the
 * page says so at the end of the chapter. Nothing here throws.
 */
import { KEY_PREFIX, openBrowserStorage } from '../../exercises/core/storage';
import { siteBase, withIndexFile } from '../course/base';
import {
  continueHref,
  countRead,
  currentHeading,
  isChapterPath,
  isRead,
  pathWithoutBase,
} from './model';
import { createProgressStore } from './store';
import { READING_TEXT as T } from './strings';

// Written out here rather than through pageLink(): on the website the LMS package's code drops out
// of this script, which every chapter loads.
const LMS_PACKAGE = import.meta.env.PUBLIC_LMS_PACKAGE === true;
const BASE = LMS_PACKAGE ? siteBase() : import.meta.env.BASE_URL;
const engine = openBrowserStorage();
const store = createProgressStore(engine);
const here = pathWithoutBase(location.pathname, BASE);
const pathOf = (a: HTMLAnchorElement) => pathWithoutBase(new URL(a.href).pathname, BASE);

function el(tag: string, className: string, text = ''): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  e.textContent = text;
  return e;
}

function srOnly(text: string) {
  return el('span', 'sr-only', text);
}

/** Checks beside read pages and a read count beside each module in the sidebar. */
function renderSidebar() {
  const root = document.querySelector<HTMLElement>('[data-course-modules]');
  if (!root) return;
  const modules = (root.dataset.courseModules ?? '').split(' ');
  const state = store.pages();
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (!isChapterPath(pathOf(a), modules)) continue;
    const mark = a.querySelector('.course-read-mark');
    if (isRead(state, pathOf(a))) {
      if (mark) continue;
      const check = el('span', 'course-read-mark');
      check.append(el('span', '', '✓'), srOnly(T.readMark));
      check.firstElementChild!.setAttribute('aria-hidden', 'true');
      a.append(check);
    } else mark?.remove();
  }
  for (const group of root.querySelectorAll('details')) {
    const paths = [...group.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .map(pathOf)
      .filter((p) => isChapterPath(p, modules));
    const label = group.querySelector('summary .group-label');
    if (!paths.length || !label) continue;
    const n = countRead(state, paths);
    let badge = label.querySelector('.course-module-count');
    if (n === 0) {
      badge?.remove();
      continue;
    }
    if (!badge) label.append((badge = el('span', 'course-module-count')));
    badge.replaceChildren(srOnly('已读 '), `${n}/${paths.length}`);
  }
}

/**
 * The 本页已读 toggle at the end of a chapter (its label says what it is about, its pressed state
 * whether the page is read), and marking the chapter read on reaching it. Every change by hand
 * is confirmed in the status line beside it.
 */
function setUpPageEnd(end: HTMLElement) {
  const path = end.dataset.coursePage ?? here;
  const box = end.querySelector<HTMLElement>('.course-read');
  const button = box?.querySelector('button');
  const status = box?.querySelector('.course-read-status');
  if (!box || !button || !status) return;
  box.hidden = false;
  let touched = false;
  const render = () => {
    const read = isRead(store.pages(), path);
    button.setAttribute('aria-pressed', String(read));
    const notice = engine.notice();
    status.textContent = notice
      ? notice.kind === 'full'
        ? T.full
        : T.memory
      : read
        ? T.pageRead
        : touched
          ? T.pageUnread
          : '';
  };
  const change = (read: boolean) => {
    store.setRead(path, read);
    render();
    renderSidebar();
  };
  button.addEventListener('click', () => {
    touched = true;
    change(!isRead(store.pages(), path));
  });
  if ('IntersectionObserver' in window) {
    new IntersectionObserver((entries, observer) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      // Only a page never marked counts as read on reaching its end: a page marked unread
      // by hand stays unread until the reader marks it again.
      if (!touched && !store.pages().pages[path]) change(true);
      // Says the end has been seen and judged (what a test waits for before checking the result).
      end.dataset.courseEndSeen = '';
    }).observe(end);
  }
  render();
  return render;
}

/** Remember this page, and on a long page the heading the reader is at. */
function trackPosition(end: HTMLElement) {
  const path = end.dataset.coursePage ?? here;
  const title = end.dataset.courseTitle ?? document.title;
  const save = () => {
    const long = document.documentElement.scrollHeight > 2 * innerHeight;
    const headings = [
      ...document.querySelectorAll<HTMLElement>('.sl-markdown-content :is(h2, h3)[id]'),
    ].map((h) => ({
      id: h.id,
      text: h.textContent?.trim() ?? '',
      top: h.getBoundingClientRect().top,
    }));
    const at = long ? currentHeading(headings, 100) : null;
    store.setLast(at ? { path, title, heading: at.id, headingText: at.text } : { path, title });
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  addEventListener(
    'scroll',
    () => {
      clearTimeout(timer);
      timer = setTimeout(save, 400);
    },
    { passive: true },
  );
  addEventListener('pagehide', save);
  requestAnimationFrame(save);
}

/** 继续阅读 on the home page and on each module's first page. */
function renderContinue() {
  const last = store.last();
  for (const slot of document.querySelectorAll<HTMLElement>('[data-course-continue]')) {
    const known = slot.dataset.coursePaths?.split(' ');
    const href = continueHref(last, here, BASE, known);
    slot.hidden = !href;
    if (!href || !last) continue;
    const a = el('a', 'course-continue-link', T.continueLabel + last.title) as HTMLAnchorElement;
    a.href = LMS_PACKAGE ? withIndexFile(href) : href;
    if (last.headingText) a.append(el('span', 'course-continue-at', ` · ${last.headingText}`));
    slot.replaceChildren(a);
  }
}

const end = document.querySelector<HTMLElement>('[data-course-page]');
const renderEnd = end ? setUpPageEnd(end) : undefined;
if (end) trackPosition(end);
renderSidebar();
renderContinue();

addEventListener('storage', (event) => {
  if (engine.notice() || (event.key !== null && !event.key.startsWith(`${KEY_PREFIX}progress:`)))
    return;
  renderSidebar();
  renderEnd?.();
  renderContinue();
});

/**
 * A long list on screen a page at a time: a table of 500 imported rows drawn whole takes
 * seconds on a phone, 25 rows do not (`npm run bench` measures the lists at 500 rows). On
 * paper every row prints: while the page prints (beforeprint … afterprint) the whole list is
 * drawn. Each table keeps its own page; the pager shows only when there is more than one.
 * Its rows' callbacks are made once (`useRowActions`), so a keystroke redraws one row.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { PAGER_TEXT as T } from '../strings';
import './row-pages.css';

export const ROWS_PER_PAGE = 25;

export interface RowPage {
  /** First row shown (index) and the row after the last one. */
  start: number;
  end: number;
  /** Page shown (from 0) and the number of pages. */
  page: number;
  pages: number;
  total: number;
  perPage: number;
  setPage(page: number): void;
  /** Shows the page that holds row `index` (e.g. a row just added at the end). */
  showRow(index: number): void;
}

/** The range of rows to draw: a page on screen, all of them while printing. */
export function pageRange(total: number, page: number, printing: boolean, perPage = ROWS_PER_PAGE) {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(0, page), pages - 1);
  if (printing) return { start: 0, end: total, page: current, pages };
  return {
    start: current * perPage,
    end: Math.min(total, (current + 1) * perPage),
    page: current,
    pages,
  };
}

/** True from beforeprint to afterprint. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

export function useRowPage(total: number, perPage = ROWS_PER_PAGE): RowPage {
  const [page, setPage] = useState(0);
  const printing = usePrinting();
  const range = pageRange(total, page, printing, perPage);
  return {
    ...range,
    total,
    perPage,
    setPage,
    showRow: (index) => setPage(Math.floor(index / perPage)),
  };
}

/** 上一页, a page picker and 下一页 above a long table; nothing for a list of one page. */
export function RowPager({ pager, list }: { pager: RowPage; list: string }) {
  if (pager.pages <= 1) return null;
  const { page, pages, start, end, total, perPage } = pager;
  return (
    <nav class="ws-pager" aria-label={T.nav(list)}>
      <button type="button" disabled={page === 0} onClick={() => pager.setPage(page - 1)}>
        {T.previous}
      </button>
      <label>
        <span class="ws-sr-only">{T.pageLabel}</span>
        {/* Values as text: a number never equals the option's own value, so each keystroke
            elsewhere in the list would write every option again. */}
        <select value={String(page)} onChange={(e) => pager.setPage(Number(e.currentTarget.value))}>
          {Array.from({ length: pages }, (_, i) => (
            <option key={i} value={String(i)}>
              {T.page(i + 1, i * perPage + 1, Math.min(total, (i + 1) * perPage))}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={page === pages - 1} onClick={() => pager.setPage(page + 1)}>
        {T.next}
      </button>
      <span class="ws-pager-shown" role="status">
        {T.showing(start + 1, end, total)}
      </span>
    </nav>
  );
}

/**
 * Callbacks for the rows of a long list, made once: each acts on the latest data, so a row's
 * props stay equal while its own values do and a keystroke redraws only the row it changed.
 * `make` gets `edit`, which applies a change to the latest data and hands the result on.
 */
export function useRowActions<D, A>(
  data: D,
  onChange: (data: D) => void,
  make: (edit: (change: (data: D) => D) => void) => A,
): A {
  const latest = useRef({ data, onChange });
  latest.current = { data, onChange };
  const actions = useRef<A | null>(null);
  actions.current ??= make((change) => latest.current.onChange(change(latest.current.data)));
  return actions.current;
}

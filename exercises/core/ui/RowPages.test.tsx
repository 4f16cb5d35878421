// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageRange, RowPager, ROWS_PER_PAGE, useRowPage } from './RowPages';

describe('pageRange', () => {
  it('shows a page of rows, the last one short', () => {
    expect(pageRange(60, 0, false, 25)).toEqual({ start: 0, end: 25, page: 0, pages: 3 });
    expect(pageRange(60, 2, false, 25)).toEqual({ start: 50, end: 60, page: 2, pages: 3 });
  });
  it('keeps the page inside the list when rows go (a page past the end shows the last)', () => {
    expect(pageRange(30, 5, false, 25)).toEqual({ start: 25, end: 30, page: 1, pages: 2 });
    expect(pageRange(0, 3, false, 25)).toEqual({ start: 0, end: 0, page: 0, pages: 1 });
    expect(pageRange(10, -1, false, 25)).toEqual({ start: 0, end: 10, page: 0, pages: 1 });
  });
  it('draws every row while printing', () => {
    expect(pageRange(500, 4, true, 25)).toEqual({ start: 0, end: 500, page: 4, pages: 20 });
  });
});

function List({ total }: { total: number }) {
  const pager = useRowPage(total);
  return (
    <div>
      <RowPager pager={pager} list="商机" />
      <ol>
        {Array.from({ length: pager.end - pager.start }, (_, i) => (
          <li key={pager.start + i}>第 {pager.start + i + 1} 行</li>
        ))}
      </ol>
      <button type="button" onClick={() => pager.showRow(total - 1)}>
        最后一行
      </button>
    </div>
  );
}

describe('RowPager', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  const rows = () => [...root.querySelectorAll('li')].map((li) => li.textContent);
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;

  it('is not there for a list of one page', () => {
    act(() => render(<List total={ROWS_PER_PAGE} />, root));
    expect(root.querySelector('nav')).toBeNull();
    expect(rows()).toHaveLength(ROWS_PER_PAGE);
  });

  it('moves page by page, says which rows show, and prints them all', () => {
    const total = 2 * ROWS_PER_PAGE + 3;
    act(() => render(<List total={total} />, root));
    const nav = root.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBe('商机：分页');
    expect(button('上一页').disabled).toBe(true);
    expect(nav.querySelector('[role=status]')!.textContent).toBe(
      `显示第 1–${ROWS_PER_PAGE} 条，共 ${total} 条`,
    );
    act(() => button('下一页').click());
    expect(rows()[0]).toBe(`第 ${ROWS_PER_PAGE + 1} 行`);
    act(() => button('最后一行').click());
    expect(rows()).toEqual([1, 2, 3].map((n) => `第 ${2 * ROWS_PER_PAGE + n} 行`));
    expect(button('下一页').disabled).toBe(true);
    const picker = nav.querySelector('select')!;
    expect([...picker.options].map((o) => o.text)).toEqual([
      `第 1 页（1–${ROWS_PER_PAGE}）`,
      `第 2 页（${ROWS_PER_PAGE + 1}–${2 * ROWS_PER_PAGE}）`,
      `第 3 页（${2 * ROWS_PER_PAGE + 1}–${total}）`,
    ]);
    act(() => {
      picker.value = '0';
      picker.dispatchEvent(new Event('change'));
    });
    expect(rows()[0]).toBe('第 1 行');
    act(() => {
      dispatchEvent(new Event('beforeprint'));
    });
    expect(rows()).toHaveLength(total);
    act(() => {
      dispatchEvent(new Event('afterprint'));
    });
    expect(rows()).toHaveLength(ROWS_PER_PAGE);
  });
});

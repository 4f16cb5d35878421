/** Reading a table the way a reader sees it, for e2e tests. */
import type { Page } from '@playwright/test';

/**
 * A table's body rows: each row's cells joined by « | », a cell with a field giving the
 * field's value. Parts of a worksheet may still be drawing: compare with `expect.poll`.
 */
export async function tableRows(page: Page, name: string | RegExp): Promise<string[]> {
  return page
    .getByRole('table', { name })
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((r) =>
        [...r.querySelectorAll('th, td')]
          .map((c) =>
            (
              (c.querySelector('input, select') as HTMLInputElement | null)?.value ??
              c.textContent ??
              ''
            ).trim(),
          )
          .join(' | ')
          .trim(),
      ),
    );
}

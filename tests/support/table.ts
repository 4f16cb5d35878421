import type { Page } from '@playwright/test';

/** A table's body rows as the reader sees them: cell texts (or a field's value) joined by « | ». */
export async function rows(page: Page, name: string | RegExp) {
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

import { execFileSync } from 'node:child_process';
import type { Page, TestInfo } from '@playwright/test';

/**
 * Prints the page as the browser would on paper: print media, the page size and margins from
 * the site's CSS, and none of the browser's own header or footer (the site brings its own).
 * Returns the path of the PDF.
 */
export async function printToPdf(page: Page, info: TestInfo, name: string): Promise<string> {
  const path = info.outputPath(`${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, displayHeaderFooter: false, preferCSSPageSize: true });
  return path;
}

function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} not found: install poppler-utils (apt-get install poppler-utils)`);
    throw error;
  }
}

/** The text of each page of a PDF, in reading order (`pdftotext -layout`). */
export function pdfPages(file: string): string[] {
  const pages = poppler('pdftotext', ['-layout', file, '-']).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** Number of pages, from `pdfinfo`. */
export function pdfPageCount(file: string): number {
  const match = /^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [file]));
  if (!match) throw new Error(`pdfinfo gave no page count for ${file}`);
  return Number(match[1]);
}

/** Text with every kind of whitespace removed: PDF line breaks and spacing never match the HTML. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

const FOOTER = /第\s*\d+\s*页\s*\/\s*共\s*\d+\s*页/;

/**
 * The running text of a printout: each page without its running header (first line) and
 * page-number footer, joined, whitespace removed. Text that runs across a page break reads on.
 */
export function bodyText(pages: string[]): string {
  return pages
    .map((p) => {
      const lines = p.split('\n').filter((l) => l.trim() !== '');
      const body = lines.filter((l) => !FOOTER.test(l));
      return body.slice(body[0]?.includes('销售经理培训教程') ? 1 : 0).join('\n');
    })
    .map(squeeze)
    .join('');
}

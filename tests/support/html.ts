import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** The built HTML of a site path, e.g. `/role/duties/` → dist/role/duties/index.html. */
export function builtHtml(path: string, dir = 'dist'): string {
  const file = join(dir, path, 'index.html');
  if (!existsSync(file)) throw new Error(`no built page for ${path} (${file})`);
  return readFileSync(file, 'utf8');
}

export { htmlText } from '../../src/html-text.mjs';

/** The `<main>` element of a page, which holds the page content without site navigation. */
export function mainHtml(html: string): string {
  const m = /<main\b[\s\S]*<\/main>/i.exec(html);
  if (!m) throw new Error('page has no <main>');
  return m[0];
}

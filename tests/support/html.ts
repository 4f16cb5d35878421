import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** The built HTML of a site path, e.g. `/role/duties/` → dist/role/duties/index.html. */
export function builtHtml(path: string, dir = 'dist'): string {
  const file = join(dir, path, 'index.html');
  if (!existsSync(file)) throw new Error(`no built page for ${path} (${file})`);
  return readFileSync(file, 'utf8');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Visible text of an HTML fragment: scripts, styles and tags removed, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (_, e: string) =>
      e.startsWith('#x') || e.startsWith('#X')
        ? String.fromCodePoint(parseInt(e.slice(2), 16))
        : e.startsWith('#')
          ? String.fromCodePoint(Number(e.slice(1)))
          : (ENTITIES[e] ?? `&${e};`),
    )
    .replace(/\s+/g, ' ');
}

/** The `<main>` element of a page, which holds the page content without site navigation. */
export function mainHtml(html: string): string {
  const m = /<main\b[\s\S]*<\/main>/i.exec(html);
  if (!m) throw new Error('page has no <main>');
  return m[0];
}

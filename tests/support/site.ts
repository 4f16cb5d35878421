import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A path no page has: the server answers it with the site's 404 page. */
export const NOT_FOUND_PATH = '/no-such-page/';

/** Every HTML page of a build, as site paths (`/role/duties/`), read from the output folder. */
export function builtPages(dir = 'dist'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(p);
      } else if (name === 'index.html') {
        const rel = relative(dir, d);
        out.push(rel ? `/${rel}/` : '/');
      } else if (name === '404.html') {
        out.push(NOT_FOUND_PATH);
      }
    }
  };
  walk(dir);
  return out.sort();
}

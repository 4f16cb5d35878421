import { findWorksheet } from '../../exercises/registry';

/** Builds site links that honour the configured base path (e.g. `/course/`). */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  if (!path.startsWith('/')) return path;
  return base + path;
}

/** Link and title of a worksheet; `href` is undefined while its interactive version is not ready. */
export function worksheetLink(id: string): { href: string | undefined; title: string } {
  const info = findWorksheet(id);
  if (!info) throw new Error(`Unknown worksheet id "${id}" (see exercises/registry.ts)`);
  return { href: info.ready ? withBase(`/exercises/${id}/`) : undefined, title: info.title };
}

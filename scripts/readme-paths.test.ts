import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const read = (file: string) => readFileSync(`${root}${file}`, 'utf8');

/** Written by a build or a run, not kept in the repo. */
const GENERATED = ['dist/', 'pagefind/', 'bench-results/', 'test-results/'];

/** Paths a Markdown text cites: `code` with a folder and an extension, and link targets. */
function citedPaths(markdown: string): string[] {
  const code = [...markdown.matchAll(/`([\w.-]+(?:\/[\w.[\]-]+)+\.[a-z]+)`/g)].map((m) => m[1]);
  const links = [...markdown.matchAll(/\]\(([^)#:\s]+)\)/g)].map((m) => m[1]);
  return [...new Set([...code, ...links])].filter((p) => !GENERATED.some((g) => p.startsWith(g)));
}

/** Source files of a folder and its subfolders (tests and styles aside), relative to it. */
function sources(dir: string, sub = ''): string[] {
  return readdirSync(`${root}${dir}/${sub}`, { withFileTypes: true }).flatMap((entry) => {
    const path = `${sub}${entry.name}`;
    if (entry.isDirectory()) return sources(dir, `${path}/`);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the READMEs', () => {
  it('cite only files in the repo (root README)', () => {
    const missing = citedPaths(read('README.md')).filter((p) => !existsSync(`${root}${p}`));
    expect(missing).toEqual([]);
  });

  it('cite only files in the repo (exercises/README.md)', () => {
    const missing = citedPaths(read('exercises/README.md')).filter(
      (p) => !['', 'exercises/', 'exercises/core/'].some((dir) => existsSync(`${root}${dir}${p}`)),
    );
    expect(missing).toEqual([]);
  });

  it('list every module of exercises/core in its table, and no other', () => {
    const text = read('exercises/README.md');
    const table = text.slice(
      text.indexOf('`core/` holds'),
      text.indexOf('\n\n', text.indexOf('| -')),
    );
    const listed = [...table.matchAll(/^\| ([^|]+)\|/gm)]
      .flatMap((row) => [...row[1].matchAll(/`([^`]+\.tsx?)`/g)].map((m) => m[1]))
      .sort();
    expect(listed).toEqual(sources('exercises/core').sort());
  });
});

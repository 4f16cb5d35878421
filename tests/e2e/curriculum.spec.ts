// Checks on the built curriculum that need no browser: they read dist/ directly.
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { builtHtml, htmlText, mainHtml } from '../support/html';
import { builtPages } from '../support/site';
import { normalizeForCoverage } from '../../src/course/coverage.mjs';
import { MODULES } from '../../src/course/modules.mjs';

interface Coverage {
  module: string;
  items: { page: string; text: string }[];
}
const COVERAGE_DIR = 'src/course/coverage';
const coverage: Coverage[] = readdirSync(COVERAGE_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`${COVERAGE_DIR}/${f}`, 'utf8')) as Coverage);

const DEBRIS = [/还剩\s*\d+\s*页未读/, /本资源只提供/, /获得点赞/, /个人认证/, /优秀文档/];

/** Topic pages in sidebar order, read from the built sidebar of the first page. */
function sidebarOrder(): string[] {
  const html = builtHtml('/intro/welcome/');
  const nav = /<nav[^>]*aria-label="主要"[\s\S]*?<\/nav>/.exec(html)![0];
  return [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
}

test('coverage lists exist for every module', () => {
  const covered = new Set(coverage.map((c) => c.module));
  for (const m of MODULES) expect(covered, `coverage list for ${m.id}`).toContain(m.id);
});

for (const { module, items } of coverage) {
  test(`coverage: every outline item of "${module}" is on its page`, () => {
    const texts = new Map<string, string>();
    const missing = items.filter(({ page, text }) => {
      if (!texts.has(page))
        texts.set(page, normalizeForCoverage(htmlText(mainHtml(builtHtml(page)))));
      return !texts.get(page)!.includes(normalizeForCoverage(text));
    });
    expect(missing, `${missing.length} of ${items.length} items missing`).toEqual([]);
    expect(items.length).toBeGreaterThan(5);
  });
}

test('none of the seed web-page debris appears anywhere on the site', () => {
  for (const path of builtPages()) {
    if (path.startsWith('/no-such')) continue;
    const text = htmlText(builtHtml(path));
    for (const re of DEBRIS) expect(re.test(text), `${re} on ${path}`).toBe(false);
  }
});

test('sidebar lists the modules in course order, then worksheets and reference', () => {
  const html = builtHtml('/intro/welcome/');
  const labels = [
    ...html.matchAll(/<summary[\s\S]*?<span class="large[^"]*">([^<]+)<\/span>/g),
  ].map((m) => m[1].trim());
  expect(labels.slice(0, MODULES.length)).toEqual(MODULES.map((m) => m.label));
});

test('prev/next links walk the whole course in sidebar order', () => {
  const order = sidebarOrder().filter((h) => MODULES.some((m) => h.startsWith(`/${m.id}/`)));
  expect(order.length).toBeGreaterThanOrEqual(50);
  for (let i = 0; i < order.length - 1; i++) {
    const html = builtHtml(order[i]);
    const next = /<a href="([^"]+)" rel="next"/.exec(html)?.[1];
    expect(next, `next link on ${order[i]}`).toBe(order[i + 1]);
  }
});

test('every module ends with its 知识自测, after all its topic pages', () => {
  const order = sidebarOrder();
  for (const m of MODULES) {
    const pages = order.filter((h) => h.startsWith(`/${m.id}/`));
    expect(pages.at(-1), `last page of ${m.id}`).toBe(`/${m.id}/quiz/`);
    expect(pages.filter((h) => h.endsWith('/quiz/'))).toHaveLength(1);
  }
});

test('every topic page has objectives, reading time, 要点回顾 and 思考与练习', () => {
  const topics = sidebarOrder().filter(
    (h) =>
      MODULES.some((m) => h.startsWith(`/${m.id}/`)) &&
      !h.endsWith('/quiz/') &&
      h !== '/intro/self-assessment/',
  );
  for (const path of topics) {
    const main = mainHtml(builtHtml(path));
    expect(main, `${path}: 学习目标`).toContain('id="course-objectives-title"');
    expect(htmlText(main), `${path}: reading time`).toMatch(/阅读约 \d+ 分钟/);
    const h2 = [...main.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => htmlText(m[1]).trim());
    expect(h2, `${path}: 要点回顾`).toContain('要点回顾');
    if (!path.startsWith('/cases/')) expect(h2, `${path}: 思考与练习`).toContain('思考与练习');
    else expect(h2, `${path}: 讨论题`).toContain('讨论题');
  }
});

test('URLs are short ASCII slugs', () => {
  for (const path of builtPages()) expect(path).toMatch(/^[a-z0-9/.-]+$/);
});

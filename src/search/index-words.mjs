// @ts-check
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { htmlText } from '../html-text.mjs';

/**
 * The search's word list, taken from the built Pagefind index (pagefind/words.txt).
 *
 * Pagefind splits page text into words with its own splitter when it builds the index, and a
 * query with the browser's Intl.Segmenter. The two cut Chinese differently (产品演示 is one
 * query word but two index words), and a query word the index does not hold matches little or
 * everything. So at build time we list the index's Chinese words, and the query planner
 * (query.ts, splitByWords) cuts query words against that list, longest first.
 *
 * The list keeps Chinese words of two or more characters found on at least two pages (the
 * index also holds every pair of characters that stood side by side once, which only adds
 * size and wrong cuts), and every word of three or more characters (page titles, terms).
 */

/** Just enough CBOR (RFC 8949) to read Pagefind's index chunks. */
export function decodeCbor(/** @type {Buffer} */ buf) {
  let p = 0;
  const length = (/** @type {number} */ info) => {
    if (info < 24) return info;
    const size = /** @type {Record<number, number>} */ ({ 24: 1, 25: 2, 26: 4, 27: 8 })[info];
    let n = 0;
    for (let i = 0; i < size; i++) n = n * 256 + buf[p++];
    return n;
  };
  /** @returns {any} */
  const item = () => {
    const byte = buf[p++];
    const [major, info] = [byte >> 5, byte & 31];
    if (major === 0) return length(info);
    if (major === 1) return -1 - length(info);
    if (major === 2 || major === 3) {
      const n = length(info);
      const bytes = buf.subarray(p, (p += n));
      return major === 3 ? bytes.toString('utf8') : bytes;
    }
    if (major === 4) return Array.from({ length: length(info) }, item);
    if (major === 5) {
      /** @type {Record<string, unknown>} */
      const out = {};
      for (let i = length(info); i > 0; i--) out[item()] = item();
      return out;
    }
    if (major === 6) return (length(info), item());
    return [false, true, null][info - 20];
  };
  return item();
}

/** Pagefind files are gzip with a 12-byte signature in front of the payload. */
export const readPagefind = (/** @type {string} */ file) =>
  gunzipSync(readFileSync(file)).subarray(12);

/**
 * Every word of the built index with the number of pages it is on.
 * @param {string} dist the build output folder
 * @returns {Map<string, number>}
 */
export function indexWords(dist) {
  const indexDir = join(dist, 'pagefind', 'index');
  const words = new Map();
  for (const file of readdirSync(indexDir)) {
    for (const entry of decodeCbor(readPagefind(join(indexDir, file)))[0]) {
      words.set(entry[0], (words.get(entry[0]) ?? 0) + entry[1].length);
    }
  }
  return words;
}

const HAN_WORD = /^\p{Script=Han}{2,}$/u;

/**
 * The words worth cutting queries with, sorted, one per line.
 * @param {Map<string, number>} words word → pages
 */
export function wordList(words) {
  return [...words]
    .filter(([w, pages]) => HAN_WORD.test(w) && (pages >= 2 || w.length >= 3))
    .map(([w]) => w)
    .sort()
    .join('\n');
}

/**
 * The glossary's terms, each with the page that teaches it (the first link of its 相关章节
 * cell), for the suggestions under an empty search (suggest.ts).
 * @param {string} mdx the glossary page's source
 * @returns {{ term: string, href: string }[]}
 */
export function glossaryTerms(mdx) {
  const out = [];
  for (const line of mdx.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 5 || cells[1] === '术语' || /^-+$/.test(cells[1])) continue;
    const href = /\]\((\/[^)\s]*)\)/.exec(cells[3])?.[1];
    if (cells[1] && href) out.push({ term: cells[1], href });
  }
  return out;
}

/**
 * The questions of a page's 本页回答的问题 box (PageTitle.astro), read from the page's built HTML:
 * the items of the box's list, one after the other. Only the box is read, so a question that
 * opens the page text right after it (“销售经理到底该干什么？”) is not taken for one of them.
 * Empty when the page has no such box.
 * @param {string} html
 */
export function pageQuestions(html) {
  const box = /<section[^>]*class="course-questions\b[^"]*"[^>]*>([\s\S]*?)<\/section>/.exec(html);
  if (!box) return '';
  return [...box[1].matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)]
    .map((m) => htmlText(m[1]).replace(/\s+/g, ''))
    .join('');
}

/**
 * What each indexed page says it is about, for ranking without loading its fragment: page id
 * (the fragment's file name, Pagefind's result id) → [title, 本页回答的问题, 1 for a worksheet
 * page (/exercises/…) else 0]. Read from the built index's fragments and, for the questions,
 * the page's built HTML (pageQuestions).
 * @param {string} dist the build output folder
 * @param {string} base the site's base path (Astro's `base`), which page URLs start with
 * @returns {Record<string, [string, string, number]>}
 */
export function pageFields(dist, base = '/') {
  const dir = join(dist, 'pagefind', 'fragment');
  /** @type {[string, { url: string, meta: Record<string, string> }][]} */
  const pages = readdirSync(dir)
    .sort()
    .map((file) => [
      file.replace(/\.pf_fragment$/, ''),
      JSON.parse(readPagefind(join(dir, file)).toString('utf8')),
    ]);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const questionsOf = (/** @type {string} */ url) => {
    const path = url.startsWith(prefix) ? url.slice(prefix.length - 1) : url;
    const file = join(dist, decodeURI(path.split(/[?#]/)[0]), 'index.html');
    return existsSync(file) ? pageQuestions(readFileSync(file, 'utf8')) : '';
  };
  /** @type {Record<string, [string, string, number]>} */
  const out = {};
  for (const [id, page] of pages) {
    out[id] = [
      page.meta.title ?? '',
      questionsOf(page.url),
      /\/exercises\/[^/]/.test(page.url) ? 1 : 0,
    ];
  }
  return out;
}

const GLOSSARY = fileURLToPath(new URL('../content/docs/reference/glossary.mdx', import.meta.url));

/**
 * Writes pagefind/words.txt and pagefind/terms.json after Pagefind has run (Starlight indexes
 * in its build:done, and its integration comes first).
 */
export function searchWords() {
  let base = '/';
  return {
    name: 'course-search-words',
    hooks: {
      'astro:config:done': (/** @type {{ config: import('astro').AstroConfig }} */ { config }) => {
        base = config.base;
      },
      'astro:build:done': async (
        /** @type {{ dir: URL, logger: import('astro').AstroIntegrationLogger }} */ { dir, logger },
      ) => {
        const out = fileURLToPath(dir);
        const text = wordList(indexWords(out));
        writeFileSync(join(out, 'pagefind', 'words.txt'), text);
        const count = text ? text.split('\n').length : 0;
        logger.info(
          `pagefind/words.txt: ${count} words, ${(gzipSync(text).length / 1024).toFixed(1)} KB gzip`,
        );
        const fields = JSON.stringify(pageFields(out, base));
        writeFileSync(join(out, 'pagefind', 'pages.json'), fields);
        logger.info(
          `pagefind/pages.json: titles and questions, ${(gzipSync(fields).length / 1024).toFixed(1)} KB gzip`,
        );
        const terms = glossaryTerms(readFileSync(GLOSSARY, 'utf8'));
        writeFileSync(join(out, 'pagefind', 'terms.json'), JSON.stringify(terms));
        logger.info(`pagefind/terms.json: ${terms.length} glossary terms`);
      },
    },
  };
}

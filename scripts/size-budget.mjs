// What each kind of page may load (gzip bytes), shared by `npm run bench` (which measures in
// Chromium) and the size check in `npm test` (scripts/check-size.mjs, which reads the build).
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;

export const BUDGET = {
  /** Home page and a chapter without a worksheet. */
  pageJs: 40 * KB,
  pageCss: 20 * KB,
  /**
   * Reading progress (src/progress/reading.ts and its modules) and offline use
   * (src/offline/register.ts), on every page: aim 3.5 KB.
   */
  progressJs: 4.5 * KB,
  /**
   * Island code of a worksheet or embed page: what it loads beyond a plain chapter. 31 KB since
   * the data-safety work (a revision check before each write, one input rule per kind of
   * quantity, size limits, asking before a #new= link creates a document) added about 1.2 KB to
   * every worksheet; the largest island, /embed/smart-goal/, is at 30.0 KB.
   */
  islandJs: 31 * KB,
  worksheetJs: 70 * KB,
  worksheetCss: 25 * KB,
};

/**
 * Entry scripts that come with Starlight itself (its components' scripts, Astro's prefetch
 * script) and our override of Starlight's search button, which replaces Starlight's own search
 * script. What they import counts with them (see sharedJs).
 */
export const STARLIGHT_JS = [
  /\/page\.[\w-]+\.js$/,
  /\/(Mobile)?TableOfContents\.astro_/,
  /\/Search\.astro_/,
];

/**
 * Entry scripts of ours on every page: reading progress (src/progress/reading.ts, loaded by the
 * sidebar and 继续阅读 through ReadingScript.astro) and offline use (src/offline/register.ts,
 * loaded by the head, with the search for an LMS, src/lms/boot.ts).
 */
export const PROGRESS_JS = [/\/(ReadingScript|OfflineHead)\.astro_astro_type_script/];

const resolveSpec = (spec, from) =>
  spec.startsWith('/') ? spec : posix.normalize(posix.join(posix.dirname(from), spec));

/** A script and everything it imports statically (site paths), added to `into`. */
export function importClosure(dist, url, into = new Set()) {
  if (into.has(url)) return into;
  into.add(url);
  for (const spec of staticImports(readFileSync(join(dist, url), 'utf8')))
    importClosure(dist, resolveSpec(spec, url), into);
  return into;
}

/**
 * Which of a page's scripts are Starlight's own and which are reading progress: their entry
 * scripts (by name) with everything those import, whatever the bundler named the chunks.
 */
export function sharedJs(dist, pageUrls) {
  const urls = [...pageUrls];
  const starlight = new Set();
  const progress = new Set();
  for (const url of urls)
    if (STARLIGHT_JS.some((re) => re.test(url))) importClosure(dist, url, starlight);
  for (const url of urls)
    if (PROGRESS_JS.some((re) => re.test(url))) importClosure(dist, url, progress);
  for (const url of starlight) progress.delete(url);
  return { starlight, progress };
}

/** Static imports of an ES module (`import … from "x"`, `import "x"`, `export … from "x"`). */
export function staticImports(code) {
  const specs = [];
  for (const m of code.matchAll(
    /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g,
  ))
    specs.push(m[1]);
  return specs;
}

/**
 * The JS and CSS a built page loads before anyone interacts with it: its stylesheets, its
 * module scripts (inline and external), every island's component and renderer, and everything
 * those import statically. Dynamic `import()` (code loaded on first use) is left out.
 * Returns site paths → gzip bytes; inline scripts are counted under `inline`. Pass the page's
 * HTML when it has been read already.
 */
export function pageAssets(dist, htmlPath, html = readFileSync(join(dist, htmlPath), 'utf8')) {
  const pageUrl = '/' + htmlPath.replace(/index\.html$/, '');
  const css = new Map();
  const js = new Map();
  const file = (url) => join(dist, url);
  const visit = (url) => {
    if (js.has(url)) return;
    const code = readFileSync(file(url));
    js.set(url, gzipSync(code).length);
    for (const spec of staticImports(code.toString('utf8'))) visit(resolveSpec(spec, url));
  };
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (href) css.set(href, gzipSync(readFileSync(file(href))).length);
  }
  let inline = '';
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const [, attrs, body] = m;
    if (/type="(application\/(ld\+)?json|text\/plain)"/.test(attrs)) continue;
    const src = /src="([^"]+)"/.exec(attrs)?.[1];
    if (src) visit(src);
    else {
      inline += body + '\n';
      if (/type="module"/.test(attrs))
        for (const spec of staticImports(body)) visit(resolveSpec(spec, pageUrl));
    }
  }
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const attr of ['component-url', 'renderer-url']) {
      const url = new RegExp(`${attr}="([^"]+)"`).exec(m[0])?.[1];
      if (url) visit(url);
    }
  }
  const inlineBytes = inline.trim() ? gzipSync(inline).length : 0;
  return { css, js, inlineBytes };
}

export const sum = (map) => [...map.values()].reduce((n, b) => n + b, 0);

/** Island components of a built page, by name (`Swot` for `/_astro/Swot.a1b2c3.js`). */
export function islandNames(html) {
  return [...html.matchAll(/<astro-island\b[^>]*component-url="[^"]*\/([\w-]+)\.[\w-]+\.js"/g)].map(
    (m) => m[1],
  );
}

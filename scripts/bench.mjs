// `npm run bench`: builds the site and prints figures, each with its budget and ✓/✗.
// A benchmark, not a test: it reports, and exits non-zero only when a budget is broken.
//   build time and page count · dist/ size · Pagefind bytes for one query ·
//   JS and CSS (gzip) loaded by the home page, a chapter without a worksheet and each worksheet page
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/browser.ts';

const PORT = 4190;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const KB = 1024;
const rows = [];
let broken = 0;

function report(name, value, budget, unit, ok = value <= budget) {
  if (!ok) broken++;
  const fmt = (v) => (unit === 'KB' ? (v / KB).toFixed(1) : String(v));
  rows.push(
    `${ok ? '✓' : '✗'} ${name.padEnd(44)} ${fmt(value).padStart(8)} ${unit.padEnd(5)} budget ≤ ${fmt(budget)} ${unit}`,
  );
}
function info(name, value) {
  rows.push(`  ${name.padEnd(44)} ${String(value).padStart(8)}`);
}

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

// 1. Build
const t0 = Date.now();
const build = spawnSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
  console.error('build failed');
  process.exit(1);
}
const buildSeconds = Math.round((Date.now() - t0) / 100) / 10;
const files = walk('dist');
const pages = files.filter((f) => f.endsWith('.html'));
report('build time (s)', buildSeconds, 120, 's');
info('pages built', pages.length);
const distBytes = files.reduce((n, f) => n + statSync(f).size, 0);
report('dist/ total size', distBytes, 20 * KB * KB, 'KB');

// 2. Measure pages in Chromium against the built site
const server = spawn('node', ['scripts/serve.mjs', '--dir', 'dist', '--port', String(PORT)], {
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: process.getuid?.() === 0 ? ['--no-sandbox', ...CHROMIUM_ARGS] : CHROMIUM_ARGS,
});

const gz = (path) => gzipSync(readFileSync(join('dist', path))).length;

/** JS and CSS a page loads (including what it loads when idle), gzip bytes, by URL. */
async function assets(path) {
  const page = await browser.newPage();
  const seen = new Map();
  page.on('requestfinished', (req) => {
    const url = new URL(req.url());
    if (url.origin !== ORIGIN) return;
    const type = req.resourceType();
    if (type === 'script' || type === 'stylesheet' || url.pathname.endsWith('.js')) {
      seen.set(url.pathname, {
        type: url.pathname.endsWith('.css') ? 'css' : 'js',
        bytes: gz(url.pathname),
      });
    }
  });
  await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
  // Scroll to the end so `client:visible` islands hydrate.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  // Inline scripts count too.
  const inline = await page.$$eval('script:not([src])', (s) =>
    s.map((x) => x.textContent ?? '').join('\n'),
  );
  await page.close();
  const sum = (t) =>
    [...seen.values()].filter((a) => a.type === t).reduce((n, a) => n + a.bytes, 0);
  return { js: sum('js') + gzipSync(inline).length, css: sum('css'), urls: new Set(seen.keys()) };
}

const home = await assets('/');
report('home page: JS (gzip)', home.js, 40 * KB, 'KB');
report('home page: CSS (gzip)', home.css, 20 * KB, 'KB');
const chapter = await assets('/role/duties/');
report('chapter without worksheet: JS (gzip)', chapter.js, 40 * KB, 'KB');
report('chapter without worksheet: CSS (gzip)', chapter.css, 20 * KB, 'KB');

const worksheetPages = pages
  .map((p) => p.slice('dist'.length).replace(/index\.html$/, ''))
  .filter((p) => p.startsWith('/exercises/'));
for (const path of worksheetPages) {
  const a = await assets(path);
  // Island code: what this page loads beyond a plain chapter (Starlight's own scripts).
  let island = 0;
  for (const url of a.urls) if (!chapter.urls.has(url) && url.endsWith('.js')) island += gz(url);
  report(`${path}: island JS (gzip)`, island, 30 * KB, 'KB');
  report(`${path}: all JS (gzip)`, a.js, 70 * KB, 'KB');
  report(`${path}: CSS (gzip)`, a.css, 25 * KB, 'KB');
}

// 3. Pagefind bytes for one typical query
{
  const page = await browser.newPage();
  await page.goto(ORIGIN + '/', { waitUntil: 'networkidle' });
  let bytes = 0;
  page.on('requestfinished', async (req) => {
    if (new URL(req.url()).pathname.startsWith('/pagefind/')) {
      const sizes = await req.sizes();
      bytes += sizes.responseBodySize;
    }
  });
  await page.getByRole('button', { name: /^搜索/ }).click();
  await page.getByRole('textbox', { name: '搜索' }).fill('渠道价格');
  await page.locator('.pagefind-ui__result-link').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.close();
  report('Pagefind bytes for the query 渠道价格', bytes, 400 * KB, 'KB');
}

await browser.close();
server.kill();

console.log('\n销售经理培训教程 · benchmark\n');
console.log(rows.join('\n'));
console.log(broken ? `\n${broken} budget(s) broken` : '\nall budgets met');
process.exit(broken ? 1 : 0);

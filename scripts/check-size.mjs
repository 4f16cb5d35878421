// The size check in `npm test`: what each kind of built page loads before anyone interacts with
// it (gzip), against the budgets `npm run bench` also reports (scripts/size-budget.mjs). It reads
// the build, so it is exact and quick; the benchmark measures the same in Chromium.
//   node scripts/check-size.mjs [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET, KB, islandNames, pageAssets, sharedJs, sum } from './size-budget.mjs';

const dist = process.argv[2] ?? 'dist';
const walk = (dir) =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
const pages = walk(dist)
  .filter((f) => f.endsWith('index.html'))
  .map((f) => f.slice(dist.length + 1));
const site = (p) => '/' + p.replace(/index\.html$/, '');

let failures = 0;
let checks = 0;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
function check(ok, label, value, limit) {
  checks++;
  if (!ok) {
    failures++;
    console.log(`✗ ${label}: ${value} (budget ${limit})`);
  }
}

// Worksheet pages: the exercise and embed pages, and chapters that show a worksheet. The print
// editions (every chapter on one page, for printing) are left out.
const html = new Map(pages.map((p) => [p, readFileSync(join(dist, p), 'utf8')]));
const worksheets = pages.filter(
  (p) => /^\/(exercises|embed)\//.test(site(p)) || islandNames(html.get(p)).length > 0,
);
const plain = pages.filter((p) => !worksheets.includes(p) && !site(p).startsWith('/print/'));
const chapterJs = new Set();

for (const p of plain) {
  const a = pageAssets(dist, p, html.get(p));
  const shared = sharedJs(dist, a.js.keys());
  const ours = [...a.js].filter(([url]) => !shared.starlight.has(url));
  const progress = ours.filter(([url]) => shared.progress.has(url));
  const other = ours.filter(([url]) => !shared.progress.has(url));
  // The question pages (知识自测, 入门自测, 综合测验), the progress page and the certificate page carry
  // their own small scripts (within the page budget above); every other page loads only
  // Starlight's scripts and reading progress.
  const own = /\/(quiz|final-quiz|self-assessment|progress|certificate)\/$/.test(site(p));
  check(sum(a.css) <= BUDGET.pageCss, `${site(p)} CSS`, kb(sum(a.css)), kb(BUDGET.pageCss));
  const js = sum(a.js) + a.inlineBytes;
  check(js <= BUDGET.pageJs, `${site(p)} JS`, kb(js), kb(BUDGET.pageJs));
  const progressBytes = progress.reduce((n, [, b]) => n + b, 0);
  check(
    progressBytes <= BUDGET.progressJs,
    `${site(p)} reading-progress and offline JS`,
    kb(progressBytes),
    kb(BUDGET.progressJs),
  );
  if (!own) {
    check(
      other.length === 0,
      `${site(p)} JS beyond Starlight's own, reading progress and offline use`,
      other.map(([url]) => url).join(', '),
      'none',
    );
    if (other.length === 0) for (const [url] of a.js) chapterJs.add(url);
  }
}

let largest = { page: '', bytes: 0 };
for (const p of worksheets) {
  const a = pageAssets(dist, p, html.get(p));
  const island = [...a.js].reduce((n, [url, b]) => n + (chapterJs.has(url) ? 0 : b), 0);
  check(island <= BUDGET.islandJs, `${site(p)} island JS`, kb(island), kb(BUDGET.islandJs));
  if (island > largest.bytes) largest = { page: site(p), bytes: island };
  const js = sum(a.js) + a.inlineBytes;
  check(js <= BUDGET.worksheetJs, `${site(p)} JS`, kb(js), kb(BUDGET.worksheetJs));
  check(
    sum(a.css) <= BUDGET.worksheetCss,
    `${site(p)} CSS`,
    kb(sum(a.css)),
    kb(BUDGET.worksheetCss),
  );
}

console.log(`largest island: ${largest.page} ${kb(largest.bytes)} (budget ${kb(BUDGET.islandJs)})`);
console.log(
  `size check: ${plain.length + worksheets.length} pages, ${checks} checks, ${failures} over budget`,
);
process.exit(failures === 0 && plain.length > 0 ? 0 : 1);

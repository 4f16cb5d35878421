// Quick authoring check: every coverage entry of a module appears in its page's MDX source.
// (The real gate, tests/e2e/coverage.spec.ts, checks the built pages' visible text.)
// Usage: node scripts/check-coverage-src.mjs [module ...]   (default: all coverage files)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeForCoverage } from '../src/course/coverage.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const dir = join(ROOT, 'src/course/coverage');
const modules = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));

let missing = 0;
let total = 0;
for (const m of modules) {
  const { items } = JSON.parse(readFileSync(join(dir, `${m}.json`), 'utf8'));
  for (const { page, text } of items) {
    total++;
    const base = join(ROOT, 'src/content/docs', page.replace(/^\/|\/$/g, ''));
    const file = [base + '.mdx', base + '.md', join(base, 'index.mdx')].find(existsSync);
    if (!file) {
      console.error(`${m}: page ${page} has no source file`);
      missing++;
      continue;
    }
    if (!normalizeForCoverage(readFileSync(file, 'utf8')).includes(normalizeForCoverage(text))) {
      console.error(`${m}: «${text}» not found in ${page}`);
      missing++;
    }
  }
}
console.log(`coverage (source): ${total - missing}/${total} found`);
process.exit(missing ? 1 : 0);

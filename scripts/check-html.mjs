// `node scripts/check-html.mjs [dir…]` (default: dist): runs the W3C Nu HTML Checker (vnu.jar,
// npm package vnu-jar; needs Java 11+) over every built HTML page. Exits non-zero on any error
// and on any warning not listed, with its reason, in scripts/html-check.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vnuJar from 'vnu-jar';
import { ALLOWED_WARNINGS, classify, describe } from './html-check.mjs';

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['dist'];
for (const dir of dirs) {
  if (!existsSync(dir)) {
    console.error(`✗ ${dir}/ does not exist: build the site first (npx astro build)`);
    process.exit(1);
  }
}

const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.error || java.status !== 0) {
  console.error(
    [
      '✗ The HTML check needs Java (the W3C Nu HTML Checker is a Java program).',
      '  Debian/Ubuntu: sudo apt-get install -y default-jre-headless',
      '  macOS: brew install openjdk',
    ].join('\n'),
  );
  process.exit(1);
}

const countPages = (dir) =>
  readdirSync(dir).reduce((n, f) => {
    const p = join(dir, f);
    return n + (statSync(p).isDirectory() ? countPages(p) : f.endsWith('.html') ? 1 : 0);
  }, 0);
const pages = dirs.reduce((n, d) => n + countPages(d), 0);

const run = spawnSync(
  'java',
  ['-Xss4m', '-jar', String(vnuJar), '--skip-non-html', '--format', 'json', '--stdout', ...dirs],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
let messages;
try {
  messages = JSON.parse(run.stdout).messages;
} catch {
  console.error('✗ The Nu HTML Checker did not answer with JSON:\n' + run.stdout + run.stderr);
  process.exit(1);
}

const { errors, unlisted, kept, info } = classify(messages);
console.log(`Nu HTML Checker: ${pages} pages in ${dirs.join(', ')}`);
/** Prints each distinct message once with up to three pages, so one template bug is one entry. */
function report(label, list) {
  const byMessage = Map.groupBy(list, (m) => m.message);
  for (const [message, all] of byMessage) {
    console.log(`✗ ${label} (${all.length}×): ${message}`);
    for (const m of all.slice(0, 3))
      console.log(`    ${describe(m, false).split('\n').join('\n    ')}`);
  }
}
report('error', errors);
report('warning (not in the allowed list)', unlisted);
for (const rule of ALLOWED_WARNINGS) {
  const n = kept.get(rule) ?? 0;
  if (n)
    console.log(`  kept: ${n} × “${rule.pattern.source.replace(/^\^/, '')}…” — ${rule.reason}`);
}
if (info) console.log(`  ${info} info messages (advice, e.g. “trailing slash on void elements”)`);
console.log(`${errors.length} errors, ${unlisted.length} unlisted warnings`);
process.exit(errors.length + unlisted.length === 0 ? 0 : 1);

// `npm test`: every check and test of the project, in order, with one summary line at the end.
//   gates: formatting, content lint (MDX, frontmatter, headings, links, Chinese typography), types
//   unit:  Vitest (exercises/, src/, scripts/)
//   build: the site at the root and under BASE_PATH=/course/ (links are validated at build time)
//   html:  W3C Nu HTML Checker over every page of both builds (zero errors; warnings only if
//          listed with a reason in scripts/html-check.mjs)
//   size:  the JS and CSS each built page loads, against the budgets (scripts/size-budget.mjs)
//   lms:   the SCORM packages (npm run package:lms), fails if a file keeps an absolute URL
//   e2e:   Playwright in Chromium against both builds (every page: axe light+dark, no foreign requests…)
// The last line reads "N passed, N failed": unit and e2e tests plus one per gate and build.
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync, rmSync } from 'node:fs';

const steps = [];
let passed = 0;
let failed = 0;

function run(name, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = res.status === 0;
  steps.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}

function gate(name, cmd, args, env) {
  const ok = run(name, cmd, args, env);
  ok ? passed++ : failed++;
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

rmSync('test-results', { recursive: true, force: true });

gate('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
gate('content lint', 'node', ['scripts/lint-content.mjs']);
gate('types', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']);

const unitOk = run('unit tests', 'npx', ['vitest', 'run']);
const unit = readJson('test-results/vitest.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  if (!unitOk && unit.numFailedTests === 0) failed++; // e.g. a suite that failed to load
} else failed++;

const rootBuild = gate('build (root)', 'npx', ['astro', 'build']);
const subBuild = gate('build (/course/)', 'npx', ['astro', 'build'], {
  BASE_PATH: '/course/',
  OUT_DIR: './dist-course',
});

if (rootBuild && subBuild) {
  gate('HTML validity (Nu checker)', 'node', ['scripts/check-html.mjs', 'dist', 'dist-course']);
  gate('size budgets', 'node', ['scripts/check-size.mjs', 'dist']);
  // The SCORM packages (one more build), for the LMS tests in tests/e2e/lms.spec.ts.
  gate('LMS packages', 'node', ['scripts/package-lms.mjs']);
  const e2eOk = run('e2e tests', 'npx', ['playwright', 'test']);
  const e2e = readJson('test-results/playwright.json');
  if (e2e) {
    passed += e2e.stats.expected;
    failed += e2e.stats.unexpected + e2e.stats.flaky + e2e.stats.skipped;
    if (!e2eOk && e2e.stats.unexpected === 0) failed++;
  } else failed++;
} else {
  console.error('\n✗ HTML check and e2e tests not run: a build failed');
  failed += 2;
}

console.log('\nSummary');
for (const s of steps) console.log(`  ${s.ok ? '✓' : '✗'} ${s.name} (${s.seconds}s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && existsSync('dist') ? 0 : 1);

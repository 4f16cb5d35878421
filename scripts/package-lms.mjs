// @ts-check
/**
 * `npm run package:lms`: the course as SCORM packages for a company LMS, in dist-lms/:
 *   course-scorm12.zip     SCORM 1.2
 *   course-scorm2004.zip   SCORM 2004 4th Edition
 * Each is one SCO whose launch page is the course's home page, with imsmanifest.xml at the zip's
 * root. The site is built once (LMS_PACKAGE=1: no service worker, base found in the browser)
 * under a stand-in base path into dist-lms/site/, then every file is made relative
 * (lms-package.mjs) and checked: the command fails if a file still names a fixed place.
 * Options: --no-build reuses dist-lms/site/ as the last run left it (rewriting is idempotent).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { COURSE_TITLE } from '../src/course/modules.mjs';
import {
  CHECKED,
  fixedUrls,
  LEFT_OUT,
  packageZip,
  REWRITTEN,
  rewriteHtml,
  rewriteUrls,
  SENTINEL,
  VERSIONS,
} from './lms-package.mjs';

const OUT = 'dist-lms';
const SITE = join(OUT, 'site');
const started = Date.now();

/** @param {string} dir @returns {string[]} paths relative to dir, with `/` */
function walk(dir, root = dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p, root) : [relative(root, p).split(sep).join('/')];
  });
}

if (!process.argv.includes('--no-build')) {
  rmSync(OUT, { recursive: true, force: true });
  const res = spawnSync('npx', ['astro', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, LMS_PACKAGE: '1', BASE_PATH: SENTINEL, OUT_DIR: `./${SITE}` },
  });
  if (res.status !== 0) {
    console.error('✗ package:lms: the build failed');
    process.exit(1);
  }
}

let files = walk(SITE);
for (const f of files.filter((f) => LEFT_OUT.some((re) => re.test(f)))) rmSync(join(SITE, f));
files = walk(SITE).sort();

const problems = [];
for (const f of files) {
  if (!CHECKED.test(f)) continue;
  const path = join(SITE, f);
  let text = readFileSync(path, 'utf8');
  if (REWRITTEN.test(f)) {
    const next = f.endsWith('.html') ? rewriteHtml(text, f) : rewriteUrls(text, f);
    if (next !== text) writeFileSync(path, (text = next));
  }
  for (const p of fixedUrls(text, f)) problems.push(`${f}: ${p}`);
}
if (problems.length > 0) {
  console.error(`✗ package:lms: ${problems.length} fixed URLs left in the package:`);
  for (const p of problems.slice(0, 30)) console.error(`  ${p}`);
  process.exit(1);
}

const course = { identifier: 'sales-manager-course', title: COURSE_TITLE, launch: 'index.html' };
const contents = files.map((path) => ({ path, data: readFileSync(join(SITE, path)) }));
for (const v of VERSIONS) {
  const data = await packageZip(v, contents, course);
  writeFileSync(join(OUT, v.zip), data);
  console.log(`✓ ${OUT}/${v.zip}: ${files.length} files, ${(data.length / 1e6).toFixed(1)} MB`);
}
console.log(`package:lms done in ${Math.round((Date.now() - started) / 1000)} s`);

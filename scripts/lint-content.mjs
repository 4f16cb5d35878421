// Lints the curriculum sources fast, without a full build:
//  - MDX compiles (syntax errors in JSX props are caught here)
//  - frontmatter has the course fields in range (objectives, reading time, questions answered)
//  - headings go down one level at a time, no H1 in the body
//  - root-relative links point at a page that exists
//  - Chinese typography (autocorrect): spaces between CJK and Latin/digits, full-width punctuation
//  - numbers of five or more digits with thousands separators; a space between a link and the
//    Chinese text beside it (scripts/content-rules.mjs)
//  - the glossary defines every term in REQUIRED_GLOSSARY_TERMS
//  - none of the seed's web-page debris
// Usage: node scripts/lint-content.mjs [files or folders...]   (default: src/content/docs)
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { mdxToJs } from 'satteri';
import yaml from 'js-yaml';
import { linkSpacing, missingGlossaryTerms, unseparatedNumbers } from './content-rules.mjs';

const require = createRequire(import.meta.url);
const autocorrect = require('autocorrect-node');

const ROOT = new URL('..', import.meta.url).pathname;
const DOCS = join(ROOT, 'src/content/docs');
const DEBRIS = [/还剩\s*\d+\s*页/, /本资源只提供/, /获得点赞/, /个人认证/, /优秀文档/];
const GLOSSARY = join(DOCS, 'reference/glossary.mdx');

function walk(p) {
  if (statSync(p).isDirectory()) return readdirSync(p).flatMap((f) => walk(join(p, f)));
  return /\.mdx?$/.test(p) ? [p] : [];
}

/** Site path of a docs file: src/content/docs/role/duties.mdx -> /role/duties/ */
function slugOf(file) {
  const rel = relative(DOCS, file).replace(/\.mdx?$/, '');
  if (rel === 'index') return '/';
  return '/' + rel.replace(/\/index$/, '') + '/';
}

const targets = process.argv.slice(2);
const files = (targets.length ? targets : [DOCS]).flatMap((t) =>
  walk(isAbsolute(t) ? t : join(process.cwd(), t)),
);
const allSlugs = new Set(walk(DOCS).map(slugOf));
// Routes that are not docs pages but exist in the build
for (const extra of extraRoutes()) allSlugs.add(extra);

const problems = [];
const report = (file, line, msg) => problems.push(`${relative(ROOT, file)}:${line}: ${msg}`);

for (const file of files) {
  const src = readFileSync(file, 'utf8');
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(src);
  if (!fm) {
    report(file, 1, 'missing frontmatter');
    continue;
  }
  let data;
  try {
    data = yaml.load(fm[1]);
  } catch (e) {
    report(file, 1, `frontmatter YAML: ${e.message}`);
    continue;
  }
  // A module's 知识自测 (quiz.mdx) and 入门自测 (intro/self-assessment.mdx) are pages of questions,
  // not topics: they need a sidebar order but no objectives, reading time or questions answered.
  const isQuiz = /\/(quiz|self-assessment)\.mdx$/.test(file);
  if (isQuiz && (!data.sidebar || !Number.isInteger(data.sidebar.order)))
    report(file, 1, 'frontmatter: sidebar.order missing');
  const isTopic =
    !isQuiz &&
    data.template !== 'splash' &&
    !/\/(index)\.mdx$/.test(file) &&
    !file.includes('/reference/') &&
    !file.includes('/exercises/');
  if (!data.title) report(file, 1, 'frontmatter: title missing');
  if (!data.description) report(file, 1, 'frontmatter: description missing');
  if (isTopic) {
    if (!Array.isArray(data.objectives) || data.objectives.length < 2 || data.objectives.length > 4)
      report(file, 1, 'frontmatter: objectives must list 2–4 items');
    if (!Number.isInteger(data.readingMinutes))
      report(file, 1, 'frontmatter: readingMinutes (integer) missing');
    if (!data.sidebar || !Number.isInteger(data.sidebar.order))
      report(file, 1, 'frontmatter: sidebar.order missing');
    if (!Array.isArray(data.questions))
      report(file, 1, 'frontmatter: questions (2–6 questions this page answers) missing');
  }
  if (data.questions !== undefined) {
    if (!Array.isArray(data.questions) || data.questions.length < 2 || data.questions.length > 6)
      report(file, 1, 'frontmatter: questions must list 2–6 items');
    else
      for (const q of data.questions)
        if (typeof q !== 'string' || !q.endsWith('？'))
          report(file, 1, `frontmatter: a question ends with a full-width ？: ${q}`);
  }

  try {
    mdxToJs(src);
  } catch (e) {
    report(file, 1, `MDX does not compile: ${e.message.split('\n')[0]}`);
  }

  // Every component used must be imported (MDX only fails at render time otherwise).
  const imported = new Set([
    ...[...src.matchAll(/^import\s*\{([^}]*)\}\s*from/gm)].flatMap((m) =>
      m[1].split(',').map((n) => n.trim()),
    ),
    ...[...src.matchAll(/^import\s+([A-Z][A-Za-z]*)\s+from/gm)].map((m) => m[1]),
  ]);
  for (const m of new Set([...src.matchAll(/<([A-Z][A-Za-z]*)[\s/>]/g)].map((m) => m[1]))) {
    if (!imported.has(m)) report(file, 1, `component <${m}> is used but not imported`);
  }

  const lines = src.split('\n');
  const bodyStart = fm[0].split('\n').length - 1;
  let inCode = false;
  let level = 1;
  lines.forEach((text, i) => {
    const n = i + 1;
    if (i < bodyStart) return;
    if (/^\s*```/.test(text)) inCode = !inCode;
    if (inCode) return;
    const h = /^(#{1,6})\s/.exec(text);
    if (h) {
      const l = h[1].length;
      if (l === 1) report(file, n, 'no H1 in the body: the page title is the H1');
      else if (l > level + 1) report(file, n, `heading jumps from H${level} to H${l}`);
      level = l;
    }
    for (const m of text.matchAll(/\]\((\/[^)\s#]*)(#[^)\s]*)?\)|href="(\/[^"#]*)/g)) {
      const path = m[1] ?? m[3];
      if (!path.endsWith('/')) report(file, n, `internal link should end with a slash: ${path}`);
      else if (!allSlugs.has(path)) report(file, n, `link to a page that does not exist: ${path}`);
    }
    for (const re of DEBRIS)
      if (re.test(text)) report(file, n, 'seed debris must not appear on the site');
    if (/^import\s/.test(text)) return;
    for (const p of [...unseparatedNumbers(text), ...linkSpacing(text)]) report(file, n, p.message);
  });

  if (file === GLOSSARY)
    for (const term of missingGlossaryTerms(src))
      report(file, 1, `glossary: the term «${term}» is required but not defined`);

  const lint = autocorrect.lintFor(src, file);
  for (const l of lint.lines)
    report(file, l.l, `typography: «${l.old.trim()}» → «${l.new.trim()}»`);
}

function extraRoutes() {
  const out = [];
  const pages = join(ROOT, 'src/pages');
  if (!existsSync(pages)) return out;
  for (const f of walk2(pages)) {
    const rel = relative(pages, f).replace(/\.(astro|ts|mdx?)$/, '');
    if (rel.includes('[')) continue;
    // print/index → /print/, about → /about/, index → /
    out.push(`/${rel.replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/'));
  }
  return out;
}
function walk2(p) {
  if (statSync(p).isDirectory()) return readdirSync(p).flatMap((f) => walk2(join(p, f)));
  return [p];
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s) in ${files.length} file(s).`);
  process.exit(1);
}
console.log(`content lint: ${files.length} file(s) OK`);

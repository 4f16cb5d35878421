// @ts-check
/**
 * Line rules for scripts/lint-content.mjs that autocorrect does not cover, kept pure so that
 * scripts/content-rules.test.mjs can test them alone:
 *  - numbers of five or more digits take thousands separators (「64,800 元」, not 「64800 元」);
 *  - a link next to a Chinese character has a space on that side, as autocorrect already
 *    requires inside components (<Aside>, <Steps>), so that the whole course reads one way;
 *  - the glossary defines every term the pages rely on.
 *
 * @typedef {{ column: number; text: string; message: string }} LineProblem
 */

/** Terms the glossary (src/content/docs/reference/glossary.mdx) must define, each in a table row. */
export const REQUIRED_GLOSSARY_TERMS = [
  '毛利率',
  '加价率',
  '最低限价',
  '增值税（含税价/不含税价）',
  '窜货',
  '返利',
  '账期',
  '压货',
  '特价',
  '客户流失率',
  '总拥有成本',
  '线索与商机',
  '人效',
  '限定转售价格',
];

const HAN = /\p{Script=Han}/u;

/**
 * The line with the parts a reader does not see as running text blanked out (same length, so
 * columns still point into the original): inline code, link targets, HTML attribute values.
 * @param {string} line
 */
function visibleText(line) {
  const blank = (/** @type {string} */ s) => ' '.repeat(s.length);
  return line
    .replace(/`[^`]*`/g, blank)
    .replace(/\]\(([^)\s]*)\)/g, (m) => '](' + blank(m.slice(2, -1)) + ')')
    .replace(/\b(href|src|id)="[^"]*"/g, blank);
}

/**
 * Numbers of five or more digits written without thousands separators. Not flagged: digits after
 * a decimal point, mobile numbers (11 digits starting with 1), codes that follow Latin letters
 * (GB/T 15835, ISO 27001), and anything inside inline code or a link target.
 * @param {string} line one line of MDX body text
 * @returns {LineProblem[]}
 */
export function unseparatedNumbers(line) {
  const text = visibleText(line);
  /** @type {LineProblem[]} */
  const out = [];
  for (const m of text.matchAll(/(?<![\d.,，])\d{5,}(?![\d])/g)) {
    const digits = m[0];
    const before = text.slice(0, m.index);
    if (/^1\d{10}$/.test(digits)) continue;
    if (/[A-Za-z][A-Za-z/-]*\s?$/.test(before)) continue;
    out.push({
      column: (m.index ?? 0) + 1,
      text: digits,
      message: `write ${digits} with thousands separators: ${withSeparators(digits)}`,
    });
  }
  return out;
}

/** 64800 → 64,800 */
export function withSeparators(/** @type {string} */ digits) {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * Markdown links that touch a Chinese character without a space on that side
 * (「见[销售流程分解](/skills/sales-process/)中」 → 「见 [销售流程分解](/skills/sales-process/) 中」).
 * Full-width punctuation next to a link needs no space.
 * @param {string} line
 * @returns {LineProblem[]}
 */
export function linkSpacing(line) {
  /** @type {LineProblem[]} */
  const out = [];
  const code = line.replace(/`[^`]*`/g, (s) => ' '.repeat(s.length));
  for (const m of code.matchAll(/(?<!!)\[[^\]\n]+\]\([^)\s]+\)/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const prev = line[start - 1] ?? '';
    const next = line[end] ?? '';
    if (HAN.test(prev) || HAN.test(next))
      out.push({
        column: start + 1,
        text: m[0],
        message: `put a space between a link and the Chinese text beside it: ${m[0]}`,
      });
  }
  return out;
}

/**
 * Insert the spaces linkSpacing asks for (used once to bring the pages in line; kept for authors).
 * @param {string} line
 */
export function spaceLinks(line) {
  let out = line;
  for (const p of linkSpacing(line).reverse()) {
    const start = p.column - 1;
    const end = start + p.text.length;
    const after = HAN.test(out[end] ?? '') ? ' ' : '';
    const before = HAN.test(out[start - 1] ?? '') ? ' ' : '';
    out = out.slice(0, start) + before + p.text + after + out.slice(end);
  }
  return out;
}

/**
 * The terms a glossary page defines: the first cell of each table row.
 * @param {string} source the glossary's MDX source
 */
export function glossaryTerms(source) {
  const terms = new Set();
  for (const line of source.split('\n')) {
    const m = /^\|\s*([^|]+?)\s*\|/.exec(line);
    if (!m || /^-+$/.test(m[1]) || m[1] === '术语') continue;
    terms.add(m[1]);
  }
  return terms;
}

/**
 * Required terms the glossary does not define.
 * @param {string} source the glossary's MDX source
 * @param {readonly string[]} [required]
 */
export function missingGlossaryTerms(source, required = REQUIRED_GLOSSARY_TERMS) {
  const defined = glossaryTerms(source);
  return required.filter((t) => !defined.has(t));
}

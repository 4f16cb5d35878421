// `node scripts/search-segmentation.mjs [dist]`: how Pagefind's two Chinese word splitters agree.
// Pagefind splits page text with a jieba-style dictionary (charabia) when it builds the index,
// and splits a query with the browser's Intl.Segmenter (ICU) when someone searches. This reads the
// built index and, for every all-Chinese term query in tests/search/terms.json, prints how ICU
// splits it and whether the index holds it as one word. Node's ICU splits these queries exactly
// as Chromium's does (checked for all of tests/search/*.json).
import { readFileSync } from 'node:fs';
import { indexWords } from '../src/search/index-words.mjs';

const dist = process.argv[2] ?? 'dist';
const words = indexWords(dist);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const terms = JSON.parse(readFileSync('tests/search/terms.json', 'utf8'))
  .map((c) => c.query)
  .filter((q) => /^\p{Script=Han}+$/u.test(q));
const counts = { bothWhole: 0, icuSplitsIndexWhole: 0, icuWholeIndexSplits: 0, bothSplit: 0 };
const rows = [];
for (const term of terms) {
  const icu = [...segmenter.segment(term)].map((s) => s.segment);
  const icuWhole = icu.length === 1;
  const indexWhole = words.has(term);
  const key = icuWhole
    ? indexWhole
      ? 'bothWhole'
      : 'icuWholeIndexSplits'
    : indexWhole
      ? 'icuSplitsIndexWhole'
      : 'bothSplit';
  counts[key]++;
  rows.push(
    `${term.padEnd(8, '　')} ICU: ${icu.join('|').padEnd(14)} index: ${indexWhole ? 'one word' : 'split'}`,
  );
}
console.log(rows.join('\n'));
console.log(
  `\n${words.size} distinct words in the index; ${terms.length} all-Chinese term queries:`,
);
console.log(`  one word on both sides             ${counts.bothWhole}`);
console.log(`  ICU splits, the index has the word  ${counts.icuSplitsIndexWhole}`);
console.log(`  ICU keeps, the index splits         ${counts.icuWholeIndexSplits}`);
console.log(`  split on both sides                 ${counts.bothSplit}`);

// `node scripts/search-segmentation.mjs [dist]`: how Pagefind's two Chinese word splitters agree.
// Pagefind splits page text with a jieba-style dictionary (charabia) when it builds the index,
// and splits a query with the browser's Intl.Segmenter (ICU) when someone searches. This reads the
// built index and, for every all-Chinese term query in tests/search/terms.json, prints how ICU
// splits it and whether the index holds it as one word. Node's ICU splits these queries exactly
// as Chromium's does (checked for all of tests/search/*.json).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';

/** Just enough CBOR (RFC 8949) to read Pagefind's index chunks. */
function decodeCbor(buf) {
  let p = 0;
  const length = (info) => {
    if (info < 24) return info;
    const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
    let n = 0;
    for (let i = 0; i < size; i++) n = n * 256 + buf[p++];
    return n;
  };
  const item = () => {
    const byte = buf[p++];
    const [major, info] = [byte >> 5, byte & 31];
    if (major === 0) return length(info);
    if (major === 1) return -1 - length(info);
    if (major === 2 || major === 3) {
      const n = length(info);
      const bytes = buf.subarray(p, (p += n));
      return major === 3 ? bytes.toString('utf8') : bytes;
    }
    if (major === 4) return Array.from({ length: length(info) }, item);
    if (major === 5) {
      const out = {};
      for (let i = length(info); i > 0; i--) out[item()] = item();
      return out;
    }
    if (major === 6) return (length(info), item());
    return [false, true, null][info - 20];
  };
  return item();
}

/** Pagefind files are gzip with a 12-byte signature in front of the payload. */
const readPagefind = (file) => gunzipSync(readFileSync(file)).subarray(12);

const indexDir = join(dist, 'pagefind', 'index');
const words = new Set();
for (const file of readdirSync(indexDir)) {
  for (const entry of decodeCbor(readPagefind(join(indexDir, file)))[0]) words.add(entry[0]);
}

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

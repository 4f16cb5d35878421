/**
 * Pagefind's excerpts read as Chinese text. The index puts a zero-width space between Chinese
 * words and joins blocks that end without punctuation (a heading, a list item) with an ASCII
 * 「. 」; an excerpt is a window of words cut out of the page, so it may start or stop
 * mid-sentence. tidyExcerpt removes the word marks, turns those joins after Chinese text into
 * 「。」 and adds 「…」 where the excerpt cuts a sentence.
 */

const ZWSP = /\u200b/g;
/** A block join after Chinese text or a closing full-width mark; `</mark>` may sit between. */
const JOIN = /(\p{Script=Han}|[”’）》」』】])((?:<\/mark>)?)\.\s+/gu;
const SENTENCE_END = /[。！？；…!?]$/u;
const BLOCK_START = /(?:^|[。！？；：:\n])\s*$/u;

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

function plainText(html: string) {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e)
    .replace(/\s+/g, ' ')
    .trim();
}

const fixJoins = (text: string) => text.replace(ZWSP, '').replace(JOIN, '$1$2。');

/**
 * @param html Pagefind's excerpt: escaped page text with `<mark>` around matched words.
 * @param content The page's whole indexed text (Pagefind's `content`), to tell whether the
 *   excerpt starts or ends inside a sentence. Without it only the punctuation is fixed.
 */
export function tidyExcerpt(html: string, content?: string): string {
  const out = fixJoins(html).trim();
  if (!content || !out) return out;
  const text = plainText(out);
  const page = plainText(fixJoins(content));
  const at = page.indexOf(text);
  if (at < 0) return out;
  const before = page.slice(0, at);
  const after = page.slice(at + text.length);
  const lead = BLOCK_START.test(before) ? '' : '…';
  const tail = after.trim() === '' || SENTENCE_END.test(text) ? '' : '…';
  return `${lead}${out}${tail}`;
}

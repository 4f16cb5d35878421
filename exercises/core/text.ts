/** Small text helpers shared by worksheets. */

const CJK = '\\u2e80-\\u2fff\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const CJK_THEN_LATIN = new RegExp(`([${CJK}])([A-Za-z0-9+\\-\u2212$¥])`, 'g');
const LATIN_THEN_CJK = new RegExp(`([A-Za-z0-9%])([${CJK}])`, 'g');

/** Put a space between Chinese characters and Latin letters or digits, as our style guide does. */
export function spaceCjk(text: string): string {
  return text.replace(CJK_THEN_LATIN, '$1 $2').replace(LATIN_THEN_CJK, '$1 $2');
}

/** A file-name-safe version of a title: keeps letters, digits and CJK; at most 40 characters. */
export function safeFileName(text: string, fallback = 'worksheet'): string {
  const clean = text
    .normalize('NFKC')
    .replace(new RegExp(`[^A-Za-z0-9_${CJK}-]+`, 'g'), '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return clean || fallback;
}

/** UTF-8 size of a string in bytes. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

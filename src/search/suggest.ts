/**
 * Glossary terms close to a query that found nothing, or only pages with some of its words
 * (pure: no DOM, no fetch). Loaded with import() only then. The terms come from pagefind/terms.json, written
 * at build time from the glossary's tables (index-words.mjs): each term with the page that
 * teaches it.
 */
import { normalizeQuery } from './query';

export interface GlossaryTerm {
  term: string;
  /** Root-relative address of the page that teaches the term (the glossary's 相关章节). */
  href: string;
}

/** Pairs of neighbouring characters, and single characters for a one-character text. */
function pairs(text: string): string[] {
  const chars = [...text.replace(/\s+/g, '')];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => chars[i] + c);
}

/**
 * How alike two texts are, 0 to 1: the Dice coefficient of their character pairs, plus a
 * smaller share for single characters in common (毛利润 ~ 毛利率).
 */
export function likeness(a: string, b: string): number {
  const pa = pairs(a);
  const pb = pairs(b);
  const rest = [...pb];
  let shared = 0;
  for (const p of pa) {
    const i = rest.indexOf(p);
    if (i >= 0) {
      shared++;
      rest.splice(i, 1);
    }
  }
  const dice = pa.length + pb.length > 0 ? (2 * shared) / (pa.length + pb.length) : 0;
  const ca = new Set(a.replace(/\s+/g, ''));
  const cb = new Set(b.replace(/\s+/g, ''));
  const common = [...ca].filter((c) => cb.has(c)).length;
  const chars = ca.size + cb.size > 0 ? (2 * common) / (ca.size + cb.size) : 0;
  return 0.7 * dice + 0.3 * chars;
}

/**
 * The glossary terms most like the words of a query, best first; none below `min`. A term that
 * holds one of the words, or is held by it, comes first (晨会 for 晨会要不要彩排), then terms by
 * likeness (毛利率 for 毛利润率).
 * @param words the words searched for (the plan's chunks), or the query itself
 */
export function closestTerms(
  words: readonly string[],
  terms: readonly GlossaryTerm[],
  limit = 3,
  min = 0.35,
): GlossaryTerm[] {
  const texts = words.map(normalizeQuery).filter(Boolean);
  if (texts.length === 0) return [];
  const score = (term: string) =>
    Math.max(
      ...texts.map((text) => {
        const like = likeness(text, term);
        const holds =
          text.length > 1 && term.length > 1 && (text.includes(term) || term.includes(text));
        return holds ? 0.5 + 0.5 * like : like;
      }),
    );
  return terms
    .map((t) => ({ t, score: score(normalizeQuery(t.term)) }))
    .filter((s) => s.score >= min)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.t);
}

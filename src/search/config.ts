/**
 * Pagefind settings for the site search. The ranking is Starlight's default: on our two query
 * sets (tests/search/) other values of termFrequency, pageLength, termSaturation, termSimilarity
 * and title weight moved the top-3 hit rate by one query at most, so we keep the default.
 */
export const RANKING = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
};

/** Results shown at first and added by "加载更多结果". */
export const PAGE_SIZE = 5;

/** Pause after the last keystroke before searching, in milliseconds. The index chunks a query
 * needs are already loading from the first keystroke (preload), so a short pause suffices. */
export const DEBOUNCE_MS = 150;

// @ts-check
/**
 * Normalises text for coverage matching: whitespace removed, dash variants unified,
 * full-width letters/digits folded, so typography fixes never break a coverage entry.
 * @param {string} text
 */
export function normalizeForCoverage(text) {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[‐‑‒–—―−~～]/g, '-')
    .replace(/[“”"「」『』]/g, '')
    .toLowerCase();
}

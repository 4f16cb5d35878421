// @ts-check
/** The character references the built pages use, by name. */
const ENTITIES = /** @type {Record<string, string>} */ ({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
});

/**
 * Visible text of an HTML fragment: scripts, styles and tags removed, entities decoded. Used at
 * build time (the search's page list) and by the tests that read built pages.
 * @param {string} html
 */
export function htmlText(html) {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (_, /** @type {string} */ e) =>
      e.startsWith('#x') || e.startsWith('#X')
        ? String.fromCodePoint(parseInt(e.slice(2), 16))
        : e.startsWith('#')
          ? String.fromCodePoint(Number(e.slice(1)))
          : (ENTITIES[e] ?? `&${e};`),
    )
    .replace(/\s+/g, ' ');
}

// @ts-check
/**
 * Sorting the W3C Nu HTML Checker's messages (vnu.jar --format json) for scripts/check-html.mjs.
 * Errors always fail. Warnings fail unless listed in ALLOWED_WARNINGS with the reason we keep
 * them. Plain info messages (no subType) are advice, not findings, and are only counted.
 *
 * @typedef {{ type: string; subType?: string; message: string; url?: string; extract?: string }} VnuMessage
 * @typedef {{ pattern: RegExp; reason: string }} AllowedWarning
 */

/** @type {readonly AllowedWarning[]} */
export const ALLOWED_WARNINGS = [
  {
    pattern: /^Article lacks heading/,
    reason:
      'Starlight’s <Card> is an <article> whose title is a styled <p>; the cards sit under a ' +
      'section heading, so the page outline is complete. Advice only.',
  },
  {
    pattern: /^The “list” role is unnecessary for element “ol”/,
    reason:
      'Starlight’s <Steps> sets role="list" on purpose: Safari/VoiceOver drops list semantics ' +
      'from lists styled with list-style: none.',
  },
  {
    // The checker applies the page's Content-Security-Policy (src/plugins/csp.mjs) itself.
    pattern:
      /^Resource violates Content Security Policy \(meta tag\): external (script|stylesheet) “\/(?!\/)/,
    reason:
      "The checker reads the pages as file: URLs, whose origin matches no 'self'; these are the " +
      'site’s own files (a root-relative URL). A file from another origin is still reported.',
  },
  {
    pattern: /^Inline (script|style) violates Content Security Policy \(meta tag\)/,
    reason:
      'The checker hashes some inline scripts and styles unlike browsers (a script that begins ' +
      'with a line break, a style of several KB) and reports them although their hash is in the ' +
      'policy. Chromium runs every page with no violation: tests/e2e/hostile/csp.spec.ts.',
  },
];

/** @param {VnuMessage} m */
const isWarning = (m) => m.type === 'info' && m.subType === 'warning';

/**
 * @param {VnuMessage[]} messages
 * @param {readonly AllowedWarning[]} allowed
 */
export function classify(messages, allowed = ALLOWED_WARNINGS) {
  /** @type {VnuMessage[]} */
  const errors = [];
  /** @type {VnuMessage[]} */
  const unlisted = [];
  /** @type {Map<AllowedWarning, number>} */
  const kept = new Map();
  let info = 0;
  for (const m of messages) {
    if (isWarning(m)) {
      const rule = allowed.find((a) => a.pattern.test(m.message));
      if (rule) kept.set(rule, (kept.get(rule) ?? 0) + 1);
      else unlisted.push(m);
    } else if (m.type === 'info') info++;
    else errors.push(m); // 'error' and 'non-document-error'
  }
  return { errors, unlisted, kept, info };
}

/**
 * One line per message: page path, message and the bit of HTML it is about.
 * @param {VnuMessage} m
 * @param {boolean} [withMessage]
 */
export function describe(m, withMessage = true) {
  const where = (m.url ?? '').replace(/^file:.*?\/(dist[^/]*)\//, '$1/');
  const extract = (m.extract ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
  const head = withMessage ? `${where}: ${m.message}` : where;
  return `${head}${extract ? `\n    ${extract}` : ''}`;
}

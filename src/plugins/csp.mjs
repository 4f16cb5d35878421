// @ts-check
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The site's Content-Security-Policy and referrer policy, written into every built page as meta
 * tags right after `<meta charset>`, so they cover every script and style that follows.
 *
 * Why not Astro's own `security.csp`: it hashes only the scripts Astro bundles, not
 * `<script is:inline>` or `define:vars` scripts, and Starlight's theme, sidebar and search
 * scripts are inline ones, so they would be blocked. This step hashes what each page really
 * contains, after the build, whatever component wrote it.
 *
 * What the policy allows:
 * - scripts: files of this site, and the page's own inline scripts by hash; no inline event
 *   handlers (`onclick="…"`), no `javascript:` URLs, no eval. `'wasm-unsafe-eval'` lets the
 *   search (Pagefind) compile its WebAssembly, which it does on the main thread when a worker is
 *   not available.
 * - styles: files of this site and the page's own `<style>` elements by hash; `style="…"`
 *   attributes are allowed (`style-src-attr 'unsafe-inline'`): Starlight writes them throughout
 *   (icon sizes, sidebar depth) and the print editions name their @page with them. A style
 *   attribute cannot run script.
 * - images: this site, `data:` and `blob:` URLs; requests (fetch): this site only; no plugins
 *   (`object-src 'none'`); `<base>` and form targets: this site only.
 * Nothing from another origin is allowed. `frame-ancestors` (who may frame the site) cannot be
 * set in a meta tag: the embeds (/embed/…) stay frameable, and a host that wants to restrict
 * framing or send the policy as a header does so in its server configuration (README, 部署).
 */
export const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "script-src-attr 'none'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * No referrer at all: the site needs none (no analytics, no third-party requests), and a link
 * to another site then tells it neither the page nor the host (an intranet's name) nor a
 * workshop code in the address.
 */
export const REFERRER = 'no-referrer';

/** @param {string} text */
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The inline scripts and style elements of a page, as the browser hashes them (the raw text
 * between the tags). Scripts with `src` are files, allowed by 'self'.
 * @param {string} html
 */
export function inlineContent(html) {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter((m) => !/\ssrc\s*=/i.test(m[1]))
    .map((m) => m[2]);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1]);
  return { scripts, styles };
}

/**
 * Inline event handlers (`onclick="…"`) and `javascript:` URLs in the tags of a page: the
 * policy blocks them, so a page that has one is broken. Escaped markup in text does not count.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineHandlers(html) {
  const found = [];
  for (const [tag] of html.matchAll(/<[a-z][\w-]*(?:\s[^>]*)?>/gi)) {
    const attr =
      /\s(on[a-z]+)\s*=/i.exec(tag) ??
      /\s((?:href|src|action)\s*=\s*["']?\s*javascript:)/i.exec(tag);
    if (attr) found.push(attr[1]);
  }
  return found;
}

/**
 * The policy of one page: the fixed directives plus the hashes of its inline scripts and styles.
 * @param {string} html
 */
export function policyFor(html) {
  const { scripts, styles } = inlineContent(html);
  const hashes = (/** @type {string[]} */ list) =>
    [...new Set(list.map(sha256))].map((h) => ` ${h}`).join('');
  return POLICY.map((d) => {
    if (d.startsWith('script-src ')) return d + hashes(scripts);
    if (d.startsWith('style-src ')) return d + hashes(styles);
    return d;
  }).join('; ');
}

/**
 * The page with its policy and referrer meta tags inserted right after `<meta charset>`.
 * Throws if the page has no `<meta charset>` or already has a policy, or has an inline handler.
 * @param {string} html
 */
export function withSecurityMeta(html) {
  if (/<meta\s+http-equiv=["']?content-security-policy/i.test(html))
    throw new Error('the page already has a Content-Security-Policy meta tag');
  const handlers = inlineHandlers(html);
  if (handlers.length > 0)
    throw new Error(
      `inline event handler or javascript: URL (${[...new Set(handlers)].join(', ')}), which the Content-Security-Policy blocks: use a <script> that adds a listener`,
    );
  const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i.exec(html);
  if (!charset) throw new Error('the page has no <meta charset="utf-8"> to put the policy after');
  // Hash the page as it will be served: the meta tags added here contain no script or style.
  const tags =
    `<meta http-equiv="content-security-policy" content="${policyFor(html)}">` +
    `<meta name="referrer" content="${REFERRER}">`;
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + tags + html.slice(at);
}

/** @param {string} dir @returns {Promise<string[]>} */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Astro integration: after the build, every HTML page gets its policy (see above).
 * @returns {import('astro').AstroIntegration}
 */
export function contentSecurityPolicy() {
  return {
    name: 'course-content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await htmlFiles(root);
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          try {
            await writeFile(file, withSecurityMeta(html));
          } catch (e) {
            throw new Error(`${file.slice(root.length)}: ${/** @type {Error} */ (e).message}`);
          }
        }
        logger.info(`Content-Security-Policy added to ${files.length} pages`);
      },
    },
  };
}

// @ts-check
import { defineHastPlugin } from 'satteri';

/**
 * Prefixes the site's base path to root-relative links written in Markdown/MDX
 * (`[x](/role/duties/)`), so that authors write course paths once and the site
 * still works when it is hosted under a sub-path such as `/course/`.
 *
 * @param {string} base The Astro `base`, e.g. `/` or `/course/`.
 */
export function baseLinksPlugin(base) {
  const prefix = base.replace(/\/+$/, '');
  return () =>
    defineHastPlugin({
      name: 'course-base-links',
      element: {
        filter: ['a'],
        visit(node, ctx) {
          const href = node.properties?.href;
          if (typeof href !== 'string') return;
          const next = withBase(prefix, href);
          if (next !== href) ctx.setProperty(node, 'href', next);
        },
      },
    });
}

/**
 * @param {string} prefix base without trailing slash ('' at the root)
 * @param {string} href
 */
export function withBase(prefix, href) {
  if (!prefix || !href.startsWith('/') || href.startsWith('//')) return href;
  if (href === prefix || href.startsWith(prefix + '/')) return href;
  return prefix + href;
}

/**
 * Links a trainer hands out: the embed address of a worksheet (with the workshop code), the
 * iframe snippet, and the address of the sizing script. Pure: the panel passes the page's
 * origin and the site's base path, as the browser sees them.
 */
import { embedQuery } from '../../exercises/core/workshop';

/** Fixed height of the iframe before (or without) public/embed.js; the frame scrolls. */
export const SNIPPET_HEIGHT = 720;

/** Absolute address of the site root, e.g. `https://training.example.com/course/`. */
export function siteRoot(origin: string, base: string): string {
  const path = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/\/{2,}/g, '/');
  return `${origin}${path}`;
}

/** `<root>embed/<id>/?ns=<code>` */
export function embedUrl(root: string, id: string, code: string | null): string {
  return `${root}embed/${id}/${embedQuery({ code })}`;
}

/** Address of the sizing script for iframes. */
export function resizeScriptUrl(root: string): string {
  return `${root}embed.js`;
}

function attr(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The HTML a trainer pastes into a page: the iframe (full width, fixed height, scrolls on its
 * own) and the script that sizes it to its content.
 */
export function embedSnippet(options: { src: string; title: string; script: string }): string {
  return [
    `<iframe src="${attr(options.src)}" title="${attr(options.title)}" width="100%" height="${SNIPPET_HEIGHT}"`,
    `  style="width:100%;max-width:100%;border:0" loading="lazy" allow="clipboard-write"></iframe>`,
    `<script src="${attr(options.script)}" async></script>`,
  ].join('\n');
}

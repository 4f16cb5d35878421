/**
 * The site's base path and page links in the browser. The website (at the root or under a
 * sub-path) knows its base when it is built (`import.meta.env.BASE_URL`). The LMS package
 * (`npm run package:lms`, scripts/package-lms.mjs) is served from wherever the LMS unpacks it,
 * which may not serve a folder's `index.html` for the folder: there the base is found at run
 * time from where the scripts are (`_astro/`, one folder below the package root), and links
 * to pages name `index.html`.
 */

/** True in the LMS package's build (LMS_PACKAGE=1, astro.config.mjs); false on the website. */
export const LMS_PACKAGE: boolean = import.meta.env.PUBLIC_LMS_PACKAGE === true;

/** The base path of a script at `scriptUrl` in the build's `_astro/` folder, with a slash. */
export function baseOfScript(scriptUrl: string): string {
  return new URL(scriptUrl).pathname.replace(/[^/]+\/[^/]*$/, '');
}

/** The site's base path, with a slash at the end (`/`, `/course/`, or the package's folder). */
export function siteBase(): string {
  if (LMS_PACKAGE && !import.meta.env.SSR) return baseOfScript(import.meta.url);
  return import.meta.env.BASE_URL.replace(/\/?$/, '/');
}

/** A link to a folder with `index.html` named (`/a/b/#x` → `/a/b/index.html#x`); others as they are. */
export function withIndexFile(href: string): string {
  return href.replace(/^([^?#]*\/)(?=[?#]|$)/, '$1index.html');
}

/** A link to a page of the site as the build needs it: with `index.html` in the LMS package. */
export function pageLink(href: string): string {
  return LMS_PACKAGE ? withIndexFile(href) : href;
}

// @ts-check
/**
 * Where the built site will live, read from the environment so one build recipe
 * serves a root host and an intranet sub-path alike.
 *   SITE_URL   e.g. https://training.example.com   (absolute URLs, sitemap)
 *   BASE_PATH  e.g. /course/                        (sub-path; default /)
 *   OUT_DIR    build output folder                  (default ./dist)
 *
 * @param {Record<string, string | undefined>} env
 */
export function siteEnv(env) {
  const site = env.SITE_URL?.trim() || 'http://localhost:4321';
  const outDir = env.OUT_DIR?.trim() || './dist';
  let base = env.BASE_PATH?.trim() || '/';
  if (!base.startsWith('/')) base = '/' + base;
  if (!base.endsWith('/')) base += '/';
  return { site, base, outDir };
}

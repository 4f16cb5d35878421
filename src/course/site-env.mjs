// @ts-check
/**
 * Where the built site will live, read from the environment so one build recipe
 * serves a root host and an intranet sub-path alike.
 *   SITE_URL   e.g. https://training.example.com   (canonical and og:url links, sitemap)
 *   BASE_PATH  e.g. /course/                        (sub-path; default /)
 *   OUT_DIR    build output folder                  (default ./dist)
 *   FINAL_QUIZ_COUNTS  1 (or true, yes): the 综合测验's score (≥ 80 %) is a condition of
 *                      completing the course; unset (default): the test is optional
 *
 * @param {Record<string, string | undefined>} env
 */
export function siteEnv(env) {
  const site = env.SITE_URL?.trim() || DEFAULT_SITE;
  const outDir = env.OUT_DIR?.trim() || './dist';
  let base = env.BASE_PATH?.trim() || '/';
  if (!base.startsWith('/')) base = '/' + base;
  if (!base.endsWith('/')) base += '/';
  const finalQuizCounts = /^(1|true|yes)$/i.test(env.FINAL_QUIZ_COUNTS?.trim() ?? '');
  return { site, base, outDir, finalQuizCounts };
}

/** The address used when SITE_URL is not set: right for local preview and tests only. */
export const DEFAULT_SITE = 'http://localhost:4321';

/**
 * The warning a production build prints when SITE_URL is not set (every page's canonical link,
 * og:url and the sitemap would then point at localhost), or null.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {string | null}
 */
export function siteUrlWarning(env) {
  if (env.SITE_URL?.trim()) return null;
  return (
    `SITE_URL is not set: canonical links, og:url and the sitemap will point at ${DEFAULT_SITE}. ` +
    'Set it to the address the site is served from, e.g. SITE_URL=https://training.example.com npm run build (README, 构建与部署).'
  );
}

/**
 * Astro integration: prints the SITE_URL warning on `astro build` (not in dev); never fails.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {import('astro').AstroIntegration}
 */
export function siteUrlCheck(env) {
  return {
    name: 'course-site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const warning = command === 'build' ? siteUrlWarning(env) : null;
        if (warning) logger.warn(warning);
      },
    },
  };
}

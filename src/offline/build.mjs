// @ts-check
/**
 * Offline use, at build time: an Astro integration that, once the site and Starlight's Pagefind
 * index are written, generates the service worker (Workbox's generateSW) with the precache list
 * of the build, and `offline-files.json`, the list 学习进度 checks to say whether this device
 * holds the whole course.
 *
 * Precached (fetched when the service worker installs): every page, script, style, image and
 * Pagefind file, and each module's 讲义版. Not precached: the whole-course 讲义版 `/print/`
 * (1.3 MB of HTML that repeats the module editions); it is cached when opened, or by
 * 「下载全部课程以便离线使用」.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/** Files cached on demand rather than up front (paths relative to the output folder). */
export const ON_DEMAND = ['print/index.html'];
/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Never cached: the service worker itself and what only crawlers read (globs of the top folder). */
const NOT_CACHED = ['sw.js', 'workbox-*.js', 'sitemap*.xml', 'robots.txt'];
const notCached = NOT_CACHED.map(
  (glob) => new RegExp(`^${glob.split('*').map(escapeRegExp).join('[^/]*')}$`),
);
/** The cache of files not precached: model.ts (EXTRA_CACHE) fills it too, from 学习进度. */
const EXTRA_CACHE = 'smc-offline-extra';

/** @param {string} dir */
function walk(dir, root = dir) {
  /** @type {{ path: string, size: number }[]} */
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...walk(p, root));
    else out.push({ path: relative(root, p).split(sep).join('/'), size: st.size });
  }
  return out;
}

/**
 * The URL a file is requested by: folders by their path with a slash (`role/role/index.html`
 * → `/course/role/role/`), other files as they are.
 * @param {string} base @param {string} path
 */
export function fileUrl(base, path) {
  return base + path.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * @param {{ base: string, buildId: string }} options
 * @returns {import('astro').AstroIntegration}
 */
export function offline({ base, buildId }) {
  return {
    name: 'course-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = walk(out).filter((f) => !notCached.some((re) => re.test(f.path)));
        const list = {
          buildId,
          files: files.map((f) => ({ url: fileUrl(base, f.path), size: f.size })),
        };
        // Written first, so that the list itself is precached (学习进度 reads it offline too).
        writeFileSync(join(out, 'offline-files.json'), JSON.stringify(list));
        const { count, size, warnings } = await generateSW({
          globDirectory: out,
          globPatterns: ['**/*'],
          globIgnores: [...ON_DEMAND, ...NOT_CACHED],
          swDest: join(out, 'sw.js'),
          // Precache URLs are the site's own: under the base path, folders without index.html.
          modifyURLPrefix: { '': base },
          directoryIndex: 'index.html',
          // Pages read their query (?ns=, example=1) in the browser; Pagefind adds ?ts=<tag>.
          ignoreURLParametersMatching: [/.*/],
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
          cacheId: 'smc',
          cleanupOutdatedCaches: true,
          // The first service worker takes the open page at once (offline works after one
          // visit); a new build waits until the learner chooses to reload (课程已更新).
          clientsClaim: true,
          skipWaiting: false,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
          // Offline, an address the course does not have shows the course's 404 page.
          navigateFallback: `${base}404.html`,
          navigateFallbackDenylist: ON_DEMAND.map(
            (p) => new RegExp(`^${escapeRegExp(fileUrl(base, p))}$`),
          ),
          runtimeCaching: [
            {
              // Anything of the site not precached (the whole-course 讲义版): network first,
              // the cached copy when offline.
              // (A RegExp, not a function: the function would be copied into sw.js without `base`.)
              urlPattern: new RegExp(`^[^?#]*?//[^/]+${escapeRegExp(base)}`),
              handler: 'NetworkFirst',
              options: { cacheName: EXTRA_CACHE, networkTimeoutSeconds: 5 },
            },
          ],
        });
        for (const w of warnings) logger.warn(w);
        logger.info(
          `service worker: ${count} files precached (${(size / 1024 / 1024).toFixed(1)} MB), ` +
            `${ON_DEMAND.length} on demand`,
        );
      },
    },
  };
}

// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import starlightLinksValidator from 'starlight-links-validator';
import { siteEnv, siteUrlCheck } from './src/course/site-env.mjs';
import { baseLinksPlugin } from './src/plugins/base-links.mjs';
import { CHUNK_GROUPS } from './src/plugins/chunk-groups.mjs';
import { contentSecurityPolicy } from './src/plugins/csp.mjs';
import { offline } from './src/offline/build.mjs';
import { searchWords } from './src/search/index-words.mjs';
import { COURSE_TITLE, EXTRA_SECTIONS, MODULES } from './src/course/modules.mjs';

const { site, base, outDir } = siteEnv(process.env);
// The LMS package's build (scripts/package-lms.mjs): no service worker, links and the base path
// found in the browser (src/course/base.ts), scripts that find each other relative to themselves.
const LMS_PACKAGE = process.env.LMS_PACKAGE === '1';
// One tag per build: Pagefind's metadata is fetched with it (a fixed URL the offline cache
// can hold), and 学习进度 compares it with the cached list of files.
const BUILD_ID = process.env.BUILD_ID?.trim() || Date.now().toString(36);

// Chunks of the client build: see src/plugins/chunk-groups.mjs.

/**
 * The LMS runtime (src/lms/runtime.ts) loads only inside an LMS: the search for the API that
 * every page runs (src/lms/boot.ts) carries no list of the runtime's chunks to preload. A plugin,
 * because Astro sets build.modulePreload itself after the user's Vite options.
 * @returns {import('vite').Plugin}
 */
function noPreloadForLmsRuntime() {
  return {
    name: 'course-lms-no-preload',
    config: () => ({
      build: {
        modulePreload: {
          polyfill: false,
          resolveDependencies: (file, deps) =>
            /(^|\/)runtime\.[\w-]+\.js$/.test(file) ? [] : deps,
        },
      },
    }),
  };
}

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  markdown: {
    // Root-relative links in the content get the base path, so the site works under a sub-path.
    processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }),
  },
  vite: {
    define: {
      'import.meta.env.PUBLIC_BUILD_ID': JSON.stringify(BUILD_ID),
      'import.meta.env.PUBLIC_LMS_PACKAGE': JSON.stringify(LMS_PACKAGE),
    },
    // In the LMS package, the scripts' preload helper finds chunks relative to itself, not
    // under the base path the build was made with.
    ...(LMS_PACKAGE && {
      experimental: {
        /** @type {(file: string, context: { hostType: string, ssr: boolean }) => { relative: true } | undefined} */
        renderBuiltUrl: (_file, { hostType, ssr }) =>
          !ssr && hostType !== 'html' ? { relative: true } : undefined,
      },
    }),
    build: { rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } } },
    plugins: [noPreloadForLmsRuntime()],
  },
  integrations: [
    starlight({
      title: COURSE_TITLE,
      description:
        '面向销售经理的系统培训：角色认知、团队管理、市场与渠道、销售技能、客户管理与绩效评估，配套可在线填写的练习工具。',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      favicon: '/favicon.svg',
      customCss: ['./src/styles/theme.css', './src/styles/print.css'],
      lastUpdated: false,
      pagination: true,
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
      routeMiddleware: './src/route-data.ts',
      components: {
        Footer: './src/components/overrides/Footer.astro',
        Head: './src/components/overrides/Head.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
        Search: './src/components/overrides/Search.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
      },
      sidebar: [
        ...[...MODULES, ...EXTRA_SECTIONS].map((m) => ({
          label: m.label,
          items: [{ autogenerate: { directory: m.id } }],
        })),
      ],
      plugins: [
        starlightLinksValidator({
          errorOnFallbackPages: false,
          errorOnRelativeLinks: false,
          // The print editions are custom pages (src/pages/print/), which the validator cannot see.
          exclude: [`${base}print/`, `${base}print/*/`],
        }),
      ],
    }),
    preact(),
    siteUrlCheck(process.env),
    // After every step that writes the pages (src/plugins/csp.mjs; README, 构建与部署).
    contentSecurityPolicy(),
    // After Starlight's Pagefind run: the index's word list for the query planner (query.ts).
    searchWords(),
    // Last: the service worker precaches the pages as served and Starlight's Pagefind index.
    ...(LMS_PACKAGE ? [] : [offline({ base, buildId: BUILD_ID })]),
  ],
});

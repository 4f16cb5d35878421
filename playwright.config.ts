import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/browser';

// E2E_PORT lets two test runs share a machine (the sub-path build is served on the next port).
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4173);
const SUB_PORT = ROOT_PORT + 1;
const isRoot = process.getuid?.() === 0;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    browserName: 'chromium',
    // The service worker precaches the whole course (about 9 MB) on a page's first visit; only
    // the offline tests (tests/e2e/offline.spec.ts) let it run.
    serviceWorkers: 'block',
    locale: 'zh-CN',
    launchOptions: {
      executablePath: findChromium(),
      args: isRoot ? ['--no-sandbox', ...CHROMIUM_ARGS] : CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'root',
      testIgnore: /subpath\.spec\.ts/,
      use: { baseURL: `http://localhost:${ROOT_PORT}` },
    },
    {
      name: 'subpath',
      // The sub-path checks, and offline use again under /course/.
      testMatch: /(subpath|offline)\.spec\.ts/,
      use: { baseURL: `http://localhost:${SUB_PORT}` },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --dir dist --port ${ROOT_PORT} --host 0.0.0.0`,
      url: `http://localhost:${ROOT_PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs --dir dist-course --base /course/ --port ${SUB_PORT} --host 0.0.0.0`,
      url: `http://localhost:${SUB_PORT}/course/`,
      reuseExistingServer: false,
    },
  ],
});

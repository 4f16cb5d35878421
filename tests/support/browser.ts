import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

/** Flags that keep Chromium from reaching the network on its own (closed networks, CI). */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function playwrightOwn(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds a Chromium to test with: CHROME_PATH, then a system Chromium/Chrome, then Playwright's own
 * (installing it if possible). Throws with instructions when there is none.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH points at ${fromEnv}, which does not exist.`);
  }
  const system = SYSTEM_BROWSERS.find((p) => existsSync(p));
  if (system) return system;
  const own = playwrightOwn();
  if (own) return own;
  try {
    execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  } catch {
    // fall through to the message below
  }
  const installed = playwrightOwn();
  if (installed) return installed;
  throw new Error(
    [
      'No Chromium found for the end-to-end tests.',
      'Install one of these and run the tests again:',
      '  Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk',
      '  or: npx playwright install chromium',
      '  or: set CHROME_PATH=/path/to/chrome',
    ].join('\n'),
  );
}

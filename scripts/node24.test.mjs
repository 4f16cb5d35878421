// The launcher behind every npm script (scripts/node24.cjs): which Node runs the toolchain, and
// `npm start` serving the site on each Node this machine has (the one running the tests and, when
// it is older than the toolchain needs, the machine's own /usr/bin/node).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { isTooOld, plan, notice, installNote } = require('./node24.cjs');

describe('isTooOld', () => {
  it.each([
    ['20.20.2', true],
    ['v20.20.2', true],
    ['22.11.9', true],
    ['22.12.0', false],
    ['22.13.1', false],
    ['24.21.0', false],
    ['v26.0.0', false],
    ['18', true],
  ])('%s → %s', (version, old) => {
    expect(isTooOld(version)).toBe(old);
  });
});

describe('plan', () => {
  it('runs the command as it is on a new enough Node', () => {
    expect(plan('24.21.0', 'astro', ['dev', '--port', '4321'])).toEqual({
      command: 'astro',
      args: ['dev', '--port', '4321'],
      wrapped: false,
    });
  });
  it('runs it through npx with Node 24 on an older Node', () => {
    const run = plan('20.20.2', 'node', ['scripts/test.mjs']);
    expect(run.wrapped).toBe(true);
    expect(run.args).toEqual(['-y', '-p', 'node@24', '--', 'node', 'scripts/test.mjs']);
  });
  it('says so in Chinese, with the way to install Node 24 for good', () => {
    expect(notice('v20.20.2')).toBe(
      '当前 Node.js 是 20.20.2，本项目需要 22.12.0 或更高版本：这次改用 npm 下载并缓存的 Node 24 运行（首次需要几秒）。想长期使用 Node 24，可运行 `nvm install`（读取 .nvmrc）。',
    );
    expect(installNote('20.20.2')).toContain('npm start、npm test 等命令会自动改用 Node 24');
  });
});

/** Each distinct Node this machine has: the one running the tests, and /usr/bin/node. */
function nodes() {
  const found = new Map();
  for (const bin of [process.execPath, '/usr/bin/node']) {
    if (!existsSync(bin)) continue;
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
    if (version && !found.has(version)) found.set(version, bin);
  }
  return [...found].map(([version, bin]) => ({ version, bin }));
}

/** Fetch a URL until it answers (the dev server is starting) or the time is up. */
async function fetchWhenUp(url, deadline) {
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return await res.text();
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer in time`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('npm start', () => {
  it.each(nodes().map((n, i) => [n.version, n.bin, 4391 + i]))(
    'serves the home page on Node %s',
    async (version, bin, port) => {
      // The machine's `node` first on PATH, as on a machine that ships it.
      const env = { ...process.env, PATH: `${dirname(bin)}:${process.env.PATH}` };
      for (const key of Object.keys(env))
        if (/^(npm_|VITEST)/.test(key) || key === 'NODE_ENV') delete env[key];
      const child = spawn('npm', ['start', '--', '--port', String(port), '--host', '127.0.0.1'], {
        env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.resume();
      try {
        const html = await fetchWhenUp(`http://127.0.0.1:${port}/`, Date.now() + 150_000).catch(
          (error) => {
            throw new Error(`${error.message}\n${stderr}`);
          },
        );
        expect(html).toContain('<title>销售经理培训教程');
        if (isTooOld(version)) expect(stderr).toContain(notice(version));
        else expect(stderr).not.toContain('本项目需要');
      } finally {
        process.kill(-child.pid, 'SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    },
    180_000,
  );
});

// The course inside an LMS (SCORM 1.2 and 2004), against a test LMS page of this origin that
// provides a recording SCORM API and frames the course. On the website nothing of it loads.
import { test, expect, type Page } from '@playwright/test';

type Version = '1.2' | '2004';

/**
 * A test LMS page: a SCORM API of `version` that keeps values and records every call in
 * `window.lmsCalls`, and the course in a frame. `stored` is what the LMS kept from an earlier
 * session.
 */
function lmsPage(version: Version, src: string, stored: Record<string, string> = {}) {
  const api = `
    const data = new Map(Object.entries(${JSON.stringify(stored)}));
    const calls = (window.lmsCalls = []);
    window.lmsData = data;
    let state = 'new', error = '0';
    const rec = (name, fn) => (...args) => { calls.push([name, ...args]); if (!/GetLastError/.test(name)) error = '0'; return fn(...args); };
    const running = () => state === 'running' || ((error = state === 'new' ? '${version === '1.2' ? '301' : '122'}' : '${version === '1.2' ? '101' : '123'}'), false);
    const api = {};
    const [init, get, set, commit, end, last] = ${JSON.stringify(
      version === '1.2'
        ? [
            'LMSInitialize',
            'LMSGetValue',
            'LMSSetValue',
            'LMSCommit',
            'LMSFinish',
            'LMSGetLastError',
          ]
        : ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate', 'GetLastError'],
    )};
    api[init] = rec(init, () => (state === 'new' ? ((state = 'running'), 'true') : 'false'));
    api[get] = rec(get, (e) => (running() ? data.get(e) ?? '' : ''));
    api[set] = rec(set, (e, v) => (running() ? (data.set(e, v), 'true') : 'false'));
    api[commit] = rec(commit, () => (running() ? 'true' : 'false'));
    api[end] = rec(end, () => (running() ? ((state = 'ended'), 'true') : 'false'));
    api[last] = rec(last, () => error);
    window.${version === '1.2' ? 'API' : 'API_1484_11'} = api;`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>测试 LMS</title>
    <script>${api}</script></head>
    <body><iframe title="课程" src="${src}" style="width:1200px;height:800px"></iframe></body></html>`;
}

async function openLms(page: Page, version: Version, src: string, stored = {}) {
  await page.route('**/test-lms/', (route) =>
    route.fulfill({ contentType: 'text/html', body: lmsPage(version, src, stored) }),
  );
  await page.route('**/test-lms/away/', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>别处</title>' }),
  );
  await page.goto('/test-lms/');
}

/** What the test LMS page keeps on its window. */
interface TestLms {
  lmsCalls: string[][];
  lmsData: Map<string, string>;
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as TestLms).lmsCalls);
const lmsData = (page: Page) =>
  page.evaluate(
    () => Object.fromEntries((window as unknown as TestLms).lmsData) as Record<string, string>,
  );
const names = async (page: Page) => (await calls(page)).map((c) => c[0]);

const E = {
  '1.2': {
    init: 'LMSInitialize',
    end: 'LMSFinish',
    status: 'cmi.core.lesson_status',
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
    entry: 'cmi.core.entry',
  },
  '2004': {
    init: 'Initialize',
    end: 'Terminate',
    status: 'cmi.completion_status',
    location: 'cmi.location',
    exit: 'cmi.exit',
    entry: 'cmi.entry',
  },
} as const;

test.use({ viewport: { width: 1280, height: 900 } });

test('on the website nothing of the LMS connection loads, and nothing fails', async ({ page }) => {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/role/duties/');
  await expect(page.getByRole('button', { name: '本页已读' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: '学习进度' }).first()).toBeVisible();
  expect(requests.filter((p) => /\/runtime\.|requirements\.json/.test(p))).toEqual([]);
  expect(errors).toEqual([]);
});

for (const version of ['1.2', '2004'] as const) {
  test(`SCORM ${version}: one session across pages, progress and location reach the LMS, the next launch resumes`, async ({
    page,
    browser,
  }) => {
    const e = E[version];
    await openLms(page, version, '/role/role/');
    const course = page.frameLocator('iframe[title="课程"]');
    await expect.poll(() => names(page)).toContain(e.init);

    // Read the chapter to its end, then follow a link to the next one: the same session.
    const end = course.locator('.course-page-end');
    await end.scrollIntoViewIfNeeded();
    await expect(end).toHaveAttribute('data-course-end-seen', '');
    await course
      .getByRole('navigation', { name: '主要' })
      .getByRole('link', { name: '销售经理核心职责' })
      .click();
    await expect(course.getByRole('heading', { level: 1 })).toHaveText('销售经理核心职责');
    await expect
      .poll(async () => (await lmsData(page))[e.location], { timeout: 15_000 })
      .toMatch(/^\/role\/duties\//);
    const seen = await names(page);
    expect(seen.filter((n) => n === e.init)).toHaveLength(1);
    expect(seen).not.toContain(e.end);
    const data = await lmsData(page);
    expect(data[e.status]).toBe('incomplete');
    if (version === '2004') expect(Number(data['cmi.progress_measure'])).toBeGreaterThan(0);
    expect(data['cmi.suspend_data']).toMatch(/^[A-Za-z0-9+/=]+$/);

    // Leaving the course (not by one of its links): exit and time are set, the session ends.
    await page.frame({ url: /\/role\/duties\// })!.evaluate(() => {
      location.href = '/test-lms/away/';
    });
    await expect.poll(() => names(page)).toContain(e.end);
    const left = await lmsData(page);
    expect(left[e.exit]).toBe('suspend');

    // Another computer: the LMS launches the home page with what it kept; the course goes on
    // at the page the learner had open, with the chapter read.
    const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const next = await other.newPage();
    await openLms(next, version, '/', {
      'cmi.suspend_data': left['cmi.suspend_data'],
      [e.location]: left[e.location],
      [e.entry]: 'resume',
    });
    const resumed = next.frameLocator('iframe[title="课程"]');
    await expect(resumed.getByRole('heading', { level: 1 })).toHaveText('销售经理核心职责');
    await expect(
      resumed
        .getByRole('navigation', { name: '主要' })
        .getByRole('link', { name: /销售经理角色认知/ }),
    ).toHaveAccessibleName(/（已读）/);
    await other.close();
  });
}

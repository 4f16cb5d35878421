// The course inside an LMS (SCORM 1.2 and 2004), against a test LMS page of this origin that
// provides a recording SCORM API and frames the course. On the website nothing of it loads.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { COURSE_TITLE } from '../../src/course/modules.mjs';
import type { CourseRequirements } from '../../src/progress/completion';
import { courseRequirements } from '../../src/progress/requirements';
import { contentDocs, contentQuizzes } from '../../src/progress/testing-course';
import { finishedCourseItems } from '../support/course';
import { startLmsServer, type LmsServer } from '../support/lms-server';
import { openSearch, searchPaths } from '../support/search';

/** The 角色认知 module's 知识自测, as authored (the page shuffles the options). */
const ROLE_QUIZ = (
  JSON.parse(readFileSync('src/content/quizzes/role.json', 'utf8')) as {
    questions: {
      id: string;
      type: 'single' | 'multiple';
      options: { text: string; correct?: boolean }[];
    }[];
  }
).questions;

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

// The packages of `npm run package:lms` in a test LMS that runs scorm-again (a SCORM runtime
// used by real LMSs) and serves each zip, unzipped, from a sub-folder with no folder indexes.
// npm test builds the packages once before the e2e tests (scripts/test.mjs).
test.describe('the LMS packages', () => {
  let lms: LmsServer;
  let req: CourseRequirements;
  test.beforeAll(async ({}, info) => {
    const port = Number(new URL(info.project.use.baseURL!).port) + 2 + info.workerIndex * 10;
    lms = await startLmsServer(port);
    req = await courseRequirements(contentDocs(), contentQuizzes());
  });
  test.afterAll(async () => lms?.close());

  test('each zip holds the site under its root, every file in the manifest, relative URLs only', async () => {
    for (const [name, zip] of Object.entries(lms.zips)) {
      const files = Object.values(zip.files).filter((f) => !f.dir);
      const xml = await zip.file('imsmanifest.xml')!.async('string');
      const listed = [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
      const site = files
        .map((f) => f.name)
        .filter((n) => n !== 'imsmanifest.xml' && !/\.(xsd|dtd)$/.test(n));
      expect(listed.sort(), name).toEqual(site.sort());
      expect(xml, name).toMatch(/scorm[tT]ype="sco" href="index.html"/);
      for (const f of files.filter((f) => /\.(html|css|js)$/.test(f.name))) {
        const text = await f.async('string');
        expect(text, f.name).not.toContain('__lms__');
        expect(text.match(/\s(?:href|src|component-url)="\/(?!\/)[^"]*"/g) ?? [], f.name).toEqual(
          [],
        );
      }
    }
  });

  for (const version of ['1.2', '2004'] as const) {
    test(`SCORM ${version}: chapters read and a quiz passed reach scorm-again; a relaunch elsewhere resumes; all done is completed and passed`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const e = E[version];
      const folder = version === '1.2' ? 'scorm12' : 'scorm2004';
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      const kept = () =>
        page.evaluate(
          (key) =>
            JSON.parse(localStorage.getItem(key) ?? 'null') as {
              data: Record<string, string>;
              exit: string;
              calls: string[][];
            } | null,
          `test-lms:${version}`,
        );
      const course = page.frameLocator('iframe[title="课程"]');
      const nav = course.getByRole('navigation', { name: '主要' });
      const h1 = course.getByRole('heading', { level: 1 });

      await page.goto(lms.hostUrl(version));
      await expect(h1).toHaveText(COURSE_TITLE);
      await expect.poll(async () => (await kept())?.calls.map((c) => c[0])).toContain(e.init);

      // Two chapters read to their end, by the package's own links (to …/index.html).
      // The home page lists each module's first chapter; then the chapter's sidebar.
      await course.getByRole('main').getByRole('link', { name: '销售经理角色认知' }).click();
      for (const title of ['销售经理角色认知', '销售经理核心职责']) {
        if (title !== '销售经理角色认知') await nav.getByRole('link', { name: title }).click();
        await expect(h1).toHaveText(title);
        const end = course.locator('.course-page-end');
        await end.scrollIntoViewIfNeeded();
        await expect(end).toHaveAttribute('data-course-end-seen', '');
      }
      expect(page.frames()[1].url()).toMatch(
        new RegExp(`/lms/content/${folder}/role/duties/index\\.html$`),
      );

      // The module's 知识自测, every answer right.
      // Every module's quiz is called 知识自测 in the sidebar: this module's, by its link.
      await nav.locator('a[href$="role/quiz/index.html"]').click();
      await expect(h1).toHaveText('知识自测：角色认知');
      for (const q of ROLE_QUIZ) {
        const li = course.locator(`[data-question="${q.id}"]`);
        const check = li.getByRole('button', { name: '核对答案' });
        await expect(check).toBeEnabled();
        for (const o of q.options.filter((o) => o.correct))
          await li
            .getByRole(q.type === 'single' ? 'radio' : 'checkbox', {
              name: new RegExp(`^${o.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`),
            })
            .check();
        await check.click();
      }
      await expect(course.locator('.quiz-score-now')).toContainText('本次作答完成');

      const quizzes = req.modules.filter((m) => m.quiz).length;
      const score = String(Math.round((100 / quizzes) * 100) / 100);
      const location = version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location';
      const raw = version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw';
      await expect.poll(async () => (await kept())?.data[raw], { timeout: 20_000 }).toBe(score);
      await expect.poll(async () => (await kept())?.data[location]).toMatch(/^\/role\/quiz\//);
      const during = (await kept())!.data;
      expect(during[e.status]).toBe('incomplete');
      if (version === '2004') {
        expect(during['cmi.success_status']).toBe('unknown');
        expect(Number(during['cmi.progress_measure'])).toBeGreaterThan(0);
      }

      // Leaving: the session ends with exit = suspend. Then another computer: this browser's
      // own records of the course are gone, only what the LMS kept is left.
      await page.goto(lms.awayUrl);
      const left = (await kept())!;
      expect(left.calls.map((c) => c[0])).toContain(e.end);
      expect(left.exit).toBe('suspend');
      await page.evaluate(() => {
        for (const key of Object.keys(localStorage))
          if (key.startsWith('smc:')) localStorage.removeItem(key);
        sessionStorage.clear();
      });

      // The relaunch opens the home page and goes on at the quiz, with its result and the two
      // chapters read; the LMS still has the status, score and location.
      await page.goto(lms.hostUrl(version));
      await expect(h1).toHaveText('知识自测：角色认知');
      expect(page.frames()[1].url()).toMatch(
        new RegExp(`/lms/content/${folder}/role/quiz/index\\.html(#.*)?$`),
      );
      await expect(nav.getByRole('link', { name: /销售经理核心职责/ })).toHaveAccessibleName(
        /（已读）/,
      );
      await expect(course.getByText(/最近一次完成/).first()).toBeVisible();
      const again = (await kept())!.data;
      expect(again[e.status]).toBe('incomplete');
      expect(again[raw]).toBe(score);
      expect(again[location]).toMatch(/^\/role\/quiz\//);

      // Everything done (seeded as the learner would leave it): completed and passed.
      await page.goto(lms.awayUrl);
      await page.evaluate(
        (items) => {
          for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
        },
        finishedCourseItems(req, '2026-11-20T08:00:00.000Z'),
      );
      await page.goto(lms.hostUrl(version));
      await expect(h1).toBeVisible();
      if (version === '1.2')
        await expect
          .poll(async () => (await kept())?.data['cmi.core.lesson_status'], { timeout: 20_000 })
          .toBe('passed');
      else {
        await expect
          .poll(async () => (await kept())?.data['cmi.completion_status'], { timeout: 20_000 })
          .toBe('completed');
        expect((await kept())!.data['cmi.success_status']).toBe('passed');
      }
      expect(errors).toEqual([]);
    });
  }

  test('search works in the package: the index loads and a result opens its page', async ({
    page,
  }) => {
    await page.goto(
      lms.hostUrl('2004').replace(/host\.html.*/, 'content/scorm2004/role/role/index.html'),
    );
    await openSearch(page);
    await searchPaths(page, '渠道定价');
    const first = page
      .getByRole('dialog', { name: '搜索' })
      .locator('.pagefind-ui__result-link')
      .first();
    await expect(first).toHaveAttribute(
      'href',
      /\/lms\/content\/scorm2004\/.+\/index\.html(#.*)?$/,
    );
    const title = (await first.textContent())!;
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });
});

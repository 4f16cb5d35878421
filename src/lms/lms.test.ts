import { beforeAll, describe, expect, it } from 'vitest';
import { completion, type CourseRequirements, type CourseState } from '../progress/completion';
import { setRead, type LastPosition } from '../progress/model';
import { courseRequirements } from '../progress/requirements';
import { contentDocs, contentQuizzes, finishedState } from '../progress/testing-course';
import { cmiDecimal, interval2004, isValidCmi, timespan12 } from './cmi';
import type { ScormVersion } from './find-api';
import { cmiValues, exitValues, type CourseSnapshot } from './mapping';
import { createLmsSession } from './session';
import { decodeSuspend, encodeSuspend, type SuspendState } from './suspend';
import { fakeLms } from './testing-api';

let req: CourseRequirements;
beforeAll(async () => {
  req = await courseRequirements(contentDocs(), contentQuizzes());
});

const LAST: LastPosition = {
  v: 1,
  path: '/role/duties/',
  title: '销售经理核心职责',
  heading: '五项核心职责',
  headingText: '五项核心职责',
  at: '2026-11-20T08:00:00.000Z',
};

const empty = (): CourseState => ({ progress: { v: 1, pages: {} }, quizzes: {}, documents: {} });

function snapshot(state: CourseState, last: LastPosition | null = LAST): CourseSnapshot {
  const quizzes = Object.fromEntries(
    Object.entries(state.quizzes).flatMap(([k, r]) => (r ? [[k, r]] : [])),
  );
  return {
    completion: completion(req, state),
    last,
    suspend: encodeSuspend({ progress: state.progress, last, quizzes }),
  };
}

const valuesOf = (version: ScormVersion, state: CourseState, last?: LastPosition | null) =>
  Object.fromEntries(cmiValues(version, snapshot(state, last)));

/** All chapters read and worksheets filled, every quiz taken, one module below 80 %. */
function allButMastery(): CourseState {
  const s = finishedState(req);
  const role = s.quizzes.role!;
  s.quizzes.role = { ...role, best: { ...role.best!, correct: 1 } };
  return s;
}

describe('CMI value rules', () => {
  it.each([
    ['1.2', 'cmi.core.lesson_status', 'passed', true],
    ['1.2', 'cmi.core.lesson_status', 'not attempted', false],
    ['1.2', 'cmi.core.lesson_status', 'completed ', false],
    ['1.2', 'cmi.core.score.raw', '80', true],
    ['1.2', 'cmi.core.score.raw', '83.33', true],
    ['1.2', 'cmi.core.score.raw', '100.5', false],
    ['1.2', 'cmi.core.score.raw', '8e1', false],
    ['1.2', 'cmi.core.score.raw', '', false],
    ['1.2', 'cmi.core.lesson_location', 'x'.repeat(255), true],
    ['1.2', 'cmi.core.lesson_location', 'x'.repeat(256), false],
    ['1.2', 'cmi.suspend_data', 'A'.repeat(4096), true],
    ['1.2', 'cmi.suspend_data', 'A'.repeat(4097), false],
    ['1.2', 'cmi.core.session_time', '0001:02:03.5', true],
    ['1.2', 'cmi.core.session_time', '1:02:03', false],
    ['1.2', 'cmi.completion_status', 'completed', false],
    ['2004', 'cmi.completion_status', 'completed', true],
    ['2004', 'cmi.success_status', 'passed', true],
    ['2004', 'cmi.success_status', 'incomplete', false],
    ['2004', 'cmi.progress_measure', '0.5', true],
    ['2004', 'cmi.progress_measure', '1.0000001', false],
    ['2004', 'cmi.progress_measure', '0.12345678', false],
    ['2004', 'cmi.score.scaled', '0.8333333', true],
    ['2004', 'cmi.score.scaled', '-1', true],
    ['2004', 'cmi.score.scaled', '1.2', false],
    ['2004', 'cmi.location', 'x'.repeat(1001), false],
    ['2004', 'cmi.session_time', 'PT1H2M3.5S', true],
    ['2004', 'cmi.session_time', 'PT', false],
    ['2004', 'cmi.core.lesson_status', 'passed', false],
  ] as const)('%s %s = %j is valid: %s', (version, element, value, valid) => {
    expect(isValidCmi(version, element, value)).toBe(valid);
  });

  it('writes numbers and times in the formats SCORM asks for', () => {
    expect(cmiDecimal(83.333333333, 2)).toBe('83.33');
    expect(cmiDecimal(80)).toBe('80');
    expect(cmiDecimal(2 / 3)).toBe('0.6666667');
    expect(cmiDecimal(-0.0000000001)).toBe('0');
    expect(timespan12(3723.456)).toBe('01:02:03.46');
    expect(timespan12(0)).toBe('00:00:00.00');
    expect(timespan12(1e9)).toBe('9999:59:59.99');
    expect(interval2004(3723.456)).toBe('PT1H2M3.46S');
    expect(interval2004(0)).toBe('PT0S');
    expect(interval2004(7200)).toBe('PT2H');
  });
});

describe('course state → CMI values', () => {
  it('nothing done: incomplete, no score, where the learner is', () => {
    const v12 = valuesOf('1.2', empty());
    expect(v12['cmi.core.lesson_status']).toBe('incomplete');
    expect(v12['cmi.core.score.raw']).toBeUndefined();
    expect(v12['cmi.core.lesson_location']).toBe('/role/duties/#五项核心职责');
    const v04 = valuesOf('2004', empty(), null);
    expect(v04).toMatchObject({
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'unknown',
      'cmi.progress_measure': '0',
    });
    expect(v04['cmi.score.scaled']).toBeUndefined();
    expect(v04['cmi.location']).toBeUndefined();
  });

  it('two chapters read and one quiz passed: incomplete, a score, progress', () => {
    let progress = empty().progress;
    for (const p of ['/role/duties/', '/role/role/'])
      progress = setRead(progress, p, true, new Date('2026-11-20T08:00:00Z'));
    const done = finishedState(req);
    const state: CourseState = { ...empty(), progress, quizzes: { role: done.quizzes.role } };
    const modules = req.modules.filter((m) => m.quiz).length;
    const score = 100 / modules;
    const v12 = valuesOf('1.2', state);
    expect(v12).toMatchObject({
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.score.raw': cmiDecimal(score, 2),
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
    });
    const v04 = valuesOf('2004', state);
    const items =
      req.modules.reduce((n, m) => n + m.chapters.length + (m.quiz ? 1 : 0), 0) +
      req.worksheets.length;
    expect(v04).toMatchObject({
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'unknown',
      'cmi.progress_measure': cmiDecimal(3 / items),
      'cmi.score.raw': cmiDecimal(score, 2),
      'cmi.score.scaled': cmiDecimal(score / 100),
      'cmi.location': '/role/duties/#五项核心职责',
    });
  });

  it('everything done but one module below 80 %: 1.2 failed; 2004 completed and failed', () => {
    expect(valuesOf('1.2', allButMastery())['cmi.core.lesson_status']).toBe('failed');
    expect(valuesOf('2004', allButMastery())).toMatchObject({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'failed',
      'cmi.progress_measure': '1',
    });
  });

  it('a finished course: 1.2 passed; 2004 completed and passed; score 100', () => {
    expect(valuesOf('1.2', finishedState(req))).toMatchObject({
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '100',
    });
    expect(valuesOf('2004', finishedState(req))).toMatchObject({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
      'cmi.progress_measure': '1',
      'cmi.score.scaled': '1',
      'cmi.score.raw': '100',
    });
  });

  it('at exactly 80 % in every module the course is passed, with a score of 80', () => {
    // 4 of 5 questions is exactly 80 %: give every module such a best score.
    const s = finishedState(req);
    for (const r of Object.values(s.quizzes)) r!.best = { ...r!.best!, correct: 4, total: 5 };
    expect(valuesOf('1.2', s)).toMatchObject({
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '80',
    });
    expect(valuesOf('2004', s)['cmi.score.scaled']).toBe('0.8');
  });

  it('a heading too long for SCORM 1.2 leaves the page alone as the location', () => {
    const long = { ...LAST, heading: 'h'.repeat(300) };
    expect(valuesOf('1.2', empty(), long)['cmi.core.lesson_location']).toBe('/role/duties/');
    expect(valuesOf('2004', empty(), long)['cmi.location']).toBe(
      `/role/duties/#${'h'.repeat(300)}`,
    );
  });

  it('leaving keeps the attempt open to resume and reports the time spent', () => {
    expect(exitValues('1.2', 65)).toEqual([
      ['cmi.core.exit', 'suspend'],
      ['cmi.core.session_time', '00:01:05.00'],
    ]);
    expect(exitValues('2004', 65)).toEqual([
      ['cmi.exit', 'suspend'],
      ['cmi.session_time', 'PT1M5S'],
    ]);
  });
});

describe.each(['1.2', '2004'] as const)('a session with a SCORM %s LMS', (version) => {
  it('initializes, sets only valid and changed values, commits and terminates', () => {
    const lms = fakeLms(version);
    const session = createLmsSession({ version, api: lms.api });
    expect(session.set([['cmi.suspend_data', 'x']])).toBe(0); // not started: nothing is called
    expect(lms.calls).toEqual([]);
    expect(session.start()).toBe('new');

    const partial = cmiValues(version, snapshot(allButMastery()));
    expect(session.set(partial)).toBe(partial.length);
    // The same values again: nothing to send.
    expect(session.set(partial)).toBe(0);
    // Invalid values never reach the LMS.
    const status = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status';
    expect(
      session.set([
        [status, 'done'],
        ['cmi.nonsense', '1'],
      ]),
    ).toBe(0);
    expect(session.commit()).toBe(true);

    const finished = cmiValues(version, snapshot(finishedState(req)));
    expect(session.set(finished)).toBeGreaterThan(0);
    session.set(exitValues(version, 125.5));
    session.end();
    expect(session.active).toBe(false);
    expect(session.commit()).toBe(false);

    expect(lms.rejected).toEqual([]);
    const setCalls = lms.calls.filter((c) => /SetValue$/.test(c[0]));
    expect(setCalls.every(([, element]) => element !== 'cmi.nonsense')).toBe(true);
    const names = lms.calls.map((c) => c[0]);
    // It asks first whether another page started the session, then initializes.
    expect(names.slice(0, 3)).toEqual(
      version === '1.2'
        ? ['LMSGetValue', 'LMSGetLastError', 'LMSInitialize']
        : ['GetValue', 'GetLastError', 'Initialize'],
    );
    expect(names.at(-2)).toBe(version === '1.2' ? 'LMSCommit' : 'Commit');
    expect(names.at(-1)).toBe(version === '1.2' ? 'LMSFinish' : 'Terminate');
    const stored = Object.fromEntries(lms.data);
    if (version === '1.2')
      expect(stored).toMatchObject({
        'cmi.core.lesson_status': 'passed',
        'cmi.core.score.raw': '100',
        'cmi.core.exit': 'suspend',
        'cmi.core.session_time': '00:02:05.50',
      });
    else
      expect(stored).toMatchObject({
        'cmi.completion_status': 'completed',
        'cmi.success_status': 'passed',
        'cmi.score.scaled': '1',
        'cmi.exit': 'suspend',
        'cmi.session_time': 'PT2M5.5S',
      });
    // The state kept for resuming reads back.
    expect(decodeSuspend(stored['cmi.suspend_data'])?.progress).toEqual(
      finishedState(req).progress,
    );
  });

  it('reads what the LMS kept, and survives an LMS that refuses or throws', () => {
    const kept = fakeLms(version, { 'cmi.suspend_data': 'abc' });
    const session = createLmsSession({ version, api: kept.api });
    expect(session.get('cmi.suspend_data')).toBe(''); // before start: not asked
    session.start();
    expect(session.get('cmi.suspend_data')).toBe('abc');

    const throwing = new Proxy(
      {},
      {
        get: () => () => {
          throw new Error('LMS down');
        },
      },
    );
    const broken = createLmsSession({ version, api: throwing });
    expect(broken.start()).toBeNull();
    expect(() => broken.end()).not.toThrow();
    const refusing = createLmsSession({ version, api: {} });
    expect(refusing.start()).toBeNull();
  });

  it('joins a session an earlier page started, without initializing again', () => {
    const lms = fakeLms(version);
    const first = createLmsSession({ version, api: lms.api });
    expect(first.start()).toBe('new');
    first.set([['cmi.suspend_data', 'page one']]);
    first.commit();
    // The next page of the course, in the same frame: a new session object, the same API.
    const next = createLmsSession({ version, api: lms.api });
    expect(next.start()).toBe('joined');
    expect(next.get('cmi.suspend_data')).toBe('page one');
    const inits = lms.calls.filter((c) => /Initialize$/.test(c[0]));
    expect(inits).toHaveLength(1);
    next.end();
    // After the end of the session nothing starts again.
    expect(createLmsSession({ version, api: lms.api }).start()).toBeNull();
  });
});

describe('suspend_data', () => {
  function finishedSuspend(): SuspendState {
    const s = finishedState(req);
    // Every page that keeps a mark: chapters, the knowledge checks and the worksheet pages.
    const extra = [
      ...req.modules.flatMap((m) => (m.quiz ? [m.quiz.path] : [])),
      ...req.worksheets.map((w) => w.path),
    ];
    for (const p of extra) s.progress.pages[p] = { read: true, at: '2026-11-30T09:15:42.123Z' };
    const quizzes = Object.fromEntries(Object.entries(s.quizzes).map(([k, r]) => [k, r!]));
    const last: LastPosition = {
      ...LAST,
      title: '案例三：客户危机处理——从投诉升级到重建信任的完整复盘',
      heading: '第四步复盘与制度化改进',
      headingText: '第四步：复盘与制度化改进',
    };
    return { progress: s.progress, last, quizzes };
  }

  it('a finished course fits SCORM 1.2’s 4,096 characters', () => {
    const text = encodeSuspend(finishedSuspend());
    console.info(
      `suspend_data for a finished course: ${text.length} characters ` +
        `(${Object.keys(finishedSuspend().progress.pages).length} page marks, ` +
        `${Object.keys(finishedSuspend().quizzes).length} modules)`,
    );
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(isValidCmi('1.2', 'cmi.suspend_data', text)).toBe(true);
    expect(text).toMatch(/^[A-Za-z0-9+/=]+$/);
  });

  it('reads back: marks to the second, the last position and the scores', () => {
    const state = finishedSuspend();
    const back = decodeSuspend(encodeSuspend(state))!;
    expect(Object.keys(back.progress.pages).sort()).toEqual(
      Object.keys(state.progress.pages).sort(),
    );
    expect(back.progress.pages['/role/duties/']).toEqual({
      read: true,
      at: state.progress.pages['/role/duties/'].at.replace(/\.\d{3}Z$/, '.000Z'),
    });
    expect(back.last).toEqual({ ...state.last, at: '2026-11-20T08:00:00.000Z' });
    expect(back.quizzes.role.best).toEqual(state.quizzes.role.best);
    expect(back.quizzes.role.last).toEqual(state.quizzes.role.last);
    expect(back.quizzes.role.answers).toEqual({});
  });

  it('text that is not ours, or breaks the stored rules, reads as nothing', () => {
    expect(decodeSuspend('')).toBeNull();
    expect(decodeSuspend('hello world')).toBeNull();
    const bad = encodeSuspend({
      progress: { v: 1, pages: { 'javascript:alert(1)': { read: true, at: LAST.at } } },
      last: null,
      quizzes: {},
    });
    expect(decodeSuspend(bad)).toBeNull();
    const badLast = decodeSuspend(
      encodeSuspend({
        progress: { v: 1, pages: {} },
        last: { ...LAST, path: '//evil/' },
        quizzes: {},
      }),
    );
    expect(badLast?.last).toBeNull();
  });
});

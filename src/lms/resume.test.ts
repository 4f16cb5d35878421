import { describe, expect, it } from 'vitest';
import { createMemoryEngine } from '../../exercises/core/storage';
import { LAST_KEY, PAGES_KEY, type LastPosition } from '../progress/model';
import { quizKey, type QuizResult } from '../quiz/model';
import { resumeHref, restoreState } from './resume';
import type { SuspendState } from './suspend';

const T1 = '2026-11-01T08:00:00.000Z';
const T2 = '2026-11-02T08:00:00.000Z';

const last = (path: string, at: string): LastPosition => ({ v: 1, path, title: path, at });
const scored = (correct: number, at: string): QuizResult => ({
  v: 1,
  answers: {},
  checked: [],
  updatedAt: at,
  last: { correct, total: 10, at },
  best: { correct, total: 10, at },
});

const KEPT: SuspendState = {
  progress: {
    v: 1,
    pages: {
      '/role/duties/': { read: true, at: T2 },
      '/role/role/': { read: true, at: T1 },
    },
  },
  last: last('/role/duties/', T2),
  quizzes: { role: scored(9, T2), team: scored(6, T1) },
};

describe('resuming from suspend_data', () => {
  it('a fresh browser takes everything the LMS kept', () => {
    const engine = createMemoryEngine();
    const written = restoreState(engine, KEPT, ['role', 'team']);
    expect(written.sort()).toEqual([LAST_KEY, PAGES_KEY, quizKey('role'), quizKey('team')].sort());
    expect(JSON.parse(engine.get(PAGES_KEY)!)).toEqual(KEPT.progress);
    expect(JSON.parse(engine.get(LAST_KEY)!)).toEqual(KEPT.last);
    expect(JSON.parse(engine.get(quizKey('role'))!)).toEqual(KEPT.quizzes.role);
  });

  it('newer records here win; better best scores are kept from either side', () => {
    const mine = scored(5, '2026-11-03T08:00:00.000Z');
    mine.answers = { 'role-1': ['a'] };
    const engine = createMemoryEngine({
      [PAGES_KEY]: JSON.stringify({
        v: 1,
        pages: { '/role/duties/': { read: false, at: '2026-11-03T08:00:00.000Z' } },
      }),
      [LAST_KEY]: JSON.stringify(last('/team/daily/', '2026-11-03T08:00:00.000Z')),
      [quizKey('role')]: JSON.stringify(mine),
    });
    restoreState(engine, KEPT, ['role']);
    const pages = JSON.parse(engine.get(PAGES_KEY)!).pages;
    expect(pages['/role/duties/'].read).toBe(false); // unread here later: stays unread
    expect(pages['/role/role/'].read).toBe(true); // only in the LMS: added
    expect(JSON.parse(engine.get(LAST_KEY)!).path).toBe('/team/daily/');
    const role = JSON.parse(engine.get(quizKey('role'))!) as QuizResult;
    expect(role.answers).toEqual({ 'role-1': ['a'] }); // the newer attempt is this one
    expect(role.best?.correct).toBe(9); // the better best came from the LMS
  });

  it('writes nothing when this browser already has it all, and skips unknown modules', () => {
    const engine = createMemoryEngine();
    restoreState(engine, KEPT, ['role', 'team']);
    expect(restoreState(engine, KEPT, ['role', 'team'])).toEqual([]);
    const other = createMemoryEngine();
    restoreState(other, KEPT, ['role']);
    expect(other.get(quizKey('team'))).toBeNull();
  });

  it('leaves an unreadable quiz record alone (its page sets it aside and explains)', () => {
    const engine = createMemoryEngine({ [quizKey('role')]: '{broken' });
    restoreState(engine, KEPT, ['role']);
    expect(engine.get(quizKey('role'))).toBe('{broken');
  });
});

describe('the page to resume at', () => {
  it('goes from the launch page to the stored page and heading', () => {
    expect(resumeHref('/role/duties/#五项核心职责', '/', '/')).toBe(
      `/role/duties/#${encodeURIComponent('五项核心职责')}`,
    );
    expect(resumeHref('/role/duties/', '/', '/course/')).toBe('/course/role/duties/');
  });

  it('stays put elsewhere, and never follows a location that is not a page of the site', () => {
    expect(resumeHref('/role/duties/', '/team/daily/', '/')).toBeNull();
    expect(resumeHref('', '/', '/')).toBeNull();
    expect(resumeHref('/', '/', '/')).toBeNull();
    expect(resumeHref('//evil.example/', '/', '/')).toBeNull();
    expect(resumeHref('javascript:alert(1)', '/', '/')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { MODULES } from '../course/modules.mjs';
import {
  emptyRecord,
  parseRecord,
  score,
  unanswered,
  type Letter,
  type PlacementRecord,
} from './key';
import { QUESTIONS } from './questions';

const ORDER = MODULES.map((m) => m.id);
const record = (answers: Record<string, Letter>): PlacementRecord => ({
  ...emptyRecord(),
  answers,
});
const allBest = () => Object.fromEntries(QUESTIONS.map((q) => [q.id, q.best]));
const wrong = (q: (typeof QUESTIONS)[number]): Letter => (q.best === 'a' ? 'b' : 'a');

describe('the questions', () => {
  it('are 15–20, two per module, with unique ids, in course order of their modules', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(15);
    expect(QUESTIONS.length).toBeLessThanOrEqual(20);
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    const modules = [...new Set(QUESTIONS.map((q) => q.module))];
    for (const m of modules) expect(QUESTIONS.filter((q) => q.module === m)).toHaveLength(2);
    expect(modules.every((m) => ORDER.includes(m))).toBe(true);
    expect(modules).toEqual([...modules].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)));
  });

  it('spread the better answer over all four letters, none more than five times', () => {
    const count = (l: Letter) => QUESTIONS.filter((q) => q.best === l).length;
    for (const l of ['a', 'b', 'c', 'd'] as const) {
      expect(count(l)).toBeGreaterThanOrEqual(3);
      expect(count(l)).toBeLessThanOrEqual(5);
    }
  });

  it('link to a chapter of their own module', () => {
    for (const q of QUESTIONS) expect(q.page.startsWith(`/${q.module}/`), q.id).toBe(true);
  });
});

describe('score', () => {
  it('nothing right: every module to read first, start at the first module asked', () => {
    const r = score(
      QUESTIONS,
      record(Object.fromEntries(QUESTIONS.map((q) => [q.id, wrong(q)]))),
      ORDER,
    );
    expect(r.correct).toBe(0);
    expect(r.total).toBe(18);
    expect(r.modules.every((m) => m.level === 'read')).toBe(true);
    expect(r.start).toBe('role');
    // Modules without questions (课程导入, 案例分析, 成长与总结) are not listed.
    expect(r.modules.map((m) => m.module)).not.toContain('intro');
  });

  it('everything right: every module can be skimmed and there is no starting point', () => {
    const r = score(QUESTIONS, record(allBest()), ORDER);
    expect(r.correct).toBe(18);
    expect(r.modules.every((m) => m.level === 'skim')).toBe(true);
    expect(r.start).toBeUndefined();
  });

  it('starts at the first module with none right, before an earlier one with one right', () => {
    const answers = allBest();
    answers.p1 = 'a'; // 角色认知 1 of 2
    answers.p9 = 'a'; // 团队建设与绩效 0 of 2
    answers.p10 = 'a';
    const r = score(QUESTIONS, record(answers), ORDER);
    expect(r.modules.find((m) => m.module === 'role')).toMatchObject({
      correct: 1,
      level: 'review',
    });
    expect(r.modules.find((m) => m.module === 'team')).toMatchObject({ correct: 0, level: 'read' });
    expect(r.start).toBe('team');
    expect(r.correct).toBe(15);
  });

  it('starts at the first module to review when none is to read first', () => {
    const answers = allBest();
    answers.p16 = 'b'; // 数据与数字化 1 of 2
    answers.p8 = 'a'; // 渠道管理 1 of 2
    expect(score(QUESTIONS, record(answers), ORDER).start).toBe('channels');
  });

  it('counts an unanswered question as not right', () => {
    const answers = allBest();
    delete answers.p3;
    const r = score(QUESTIONS, record(answers), ORDER);
    expect(r.modules.find((m) => m.module === 'process')?.level).toBe('review');
    expect(unanswered(QUESTIONS, record(answers))).toEqual([3]);
  });
});

describe('parseRecord', () => {
  it('reads a saved record and drops answers it cannot use', () => {
    const raw = JSON.stringify({
      v: 1,
      answers: { p1: 'b', p2: 'x', p3: 'A', evil: 'a' },
      submittedAt: '2026-12-06T08:00:00.000Z',
      updatedAt: '2026-12-06T08:00:00.000Z',
    });
    expect(parseRecord(raw)).toEqual({
      v: 1,
      answers: { p1: 'b' },
      submittedAt: '2026-12-06T08:00:00.000Z',
      updatedAt: '2026-12-06T08:00:00.000Z',
    });
  });

  it.each(['', '{', 'null', '[]', '{"v":2,"answers":{}}', '{"v":1}'])('refuses %j', (raw) => {
    expect(parseRecord(raw)).toBeNull();
  });

  it('has nothing to read when nothing is saved', () => {
    expect(parseRecord(null)).toBeNull();
  });
});

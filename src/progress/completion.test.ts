import { beforeAll, describe, expect, it } from 'vitest';
import { createMemoryEngine, KEY_PREFIX } from '../../exercises/core/storage';
import { quizKey, type QuizResult } from '../quiz/model';
import {
  completion,
  isFilled,
  isPassing,
  readCourseState,
  type CourseRequirements,
  type CourseState,
} from './completion';
import { emptyProgress, PAGES_KEY, setRead, type ProgressState } from './model';
import { courseRequirements } from './requirements';
import { contentDocs, contentQuizzes, typedInto } from './testing-course';

const T1 = new Date('2026-11-01T08:00:00Z');
const AT = T1.toISOString();

let req: CourseRequirements;
beforeAll(async () => {
  req = await courseRequirements(contentDocs(), contentQuizzes());
});

const chapterPaths = () => req.modules.flatMap((m) => m.chapters.map((c) => c.path));
const worksheet = (id: string) => req.worksheets.find((w) => w.id === id)!;

function readAll(paths: readonly string[]): ProgressState {
  return paths.reduce((s, p) => setRead(s, p, true, T1), emptyProgress());
}

const result = (correct: number, total: number): QuizResult => ({
  v: 1,
  answers: {},
  checked: [],
  updatedAt: AT,
  last: { correct, total, at: AT },
  best: { correct, total, at: AT },
});

/** Every quiz passed with all answers right. */
function allPassed(): CourseState['quizzes'] {
  return Object.fromEntries(
    req.modules
      .filter((m) => m.quiz)
      .map((m) => [m.id, result(m.quiz!.questions, m.quiz!.questions)]),
  );
}

/** A filled document of every required worksheet: one text field typed in. */
function filledDocs(): CourseState['documents'] {
  return Object.fromEntries(req.worksheets.map((w) => [w.id, [typedInto(w.empty)]]));
}

const everything = (): CourseState => ({
  progress: readAll(chapterPaths()),
  quizzes: allPassed(),
  documents: filledDocs(),
});

describe('requirements of the real course', () => {
  it('has every module with its chapters (no quiz page) and its 知识自测', () => {
    expect(req.modules.map((m) => m.id)).toContain('role');
    const role = req.modules.find((m) => m.id === 'role')!;
    expect(role.chapters.map((c) => c.path)).toContain('/role/duties/');
    expect(role.chapters.some((c) => c.path.endsWith('/quiz/'))).toBe(false);
    expect(role.quiz).toEqual({ path: '/role/quiz/', questions: expect.any(Number) });
    expect(chapterPaths().length).toBeGreaterThan(40);
  });

  it('requires the worksheets chapters assign, with the chapters that assign them', () => {
    expect(req.worksheets.map((w) => w.id).sort()).toEqual([
      'action-plan',
      'channel-pricing',
      'commission-plan',
      'customer-grading',
      'pipeline-forecast',
      'scorecard',
      'smart-goal',
      'swot',
      'team-competency',
    ]);
    expect(worksheet('smart-goal').chapters).toContain('/role/duties/');
    expect(worksheet('swot').path).toBe('/exercises/swot/');
  });
});

describe('completion', () => {
  it('nothing done: everything is left, nothing is complete', () => {
    const c = completion(req, { progress: emptyProgress(), quizzes: {}, documents: {} });
    expect(c.complete).toBe(false);
    expect(c.chapters.read).toBe(0);
    expect(c.chapters.left).toHaveLength(chapterPaths().length);
    expect(c.quizzes.left).toHaveLength(req.modules.filter((m) => m.quiz).length);
    expect(c.worksheets.left.map((w) => w.id)).toHaveLength(req.worksheets.length);
    expect(c.measure).toBe(0);
  });

  it('partial: lists exactly what is left', () => {
    const paths = chapterPaths();
    const state: CourseState = {
      progress: setRead(
        readAll(paths.slice(0, -1)),
        '/role/duties/',
        false,
        new Date(T1.getTime() + 1000),
      ),
      quizzes: { ...allPassed(), team: result(6, 10) },
      documents: { swot: [typedInto(worksheet('swot').empty)] },
    };
    const c = completion(req, state);
    expect(c.complete).toBe(false);
    expect(c.chapters.left.map((l) => l.path).sort()).toEqual(
      ['/role/duties/', paths.at(-1)].sort(),
    );
    expect(c.chapters.left.find((l) => l.path === '/role/duties/')).toMatchObject({
      module: 'role',
      title: '销售经理核心职责',
    });
    expect(c.quizzes.left.map((q) => q.module)).toEqual(['team']);
    expect(c.quizzes.left[0]).toMatchObject({
      label: '团队建设与绩效',
      path: '/team/quiz/',
      passed: false,
    });
    expect(c.worksheets.left.map((w) => w.id).sort()).toEqual(
      req.worksheets
        .map((w) => w.id)
        .filter((id) => id !== 'swot')
        .sort(),
    );
    expect(c.measure).toBeGreaterThan(0.85);
    expect(c.measure).toBeLessThan(1);
  });

  it('all done: complete, nothing left', () => {
    const c = completion(req, everything());
    expect(c.complete).toBe(true);
    expect(c.chapters.left).toEqual([]);
    expect(c.quizzes.left).toEqual([]);
    expect(c.worksheets.left).toEqual([]);
    expect(c.quizzes.all.every((q) => q.best)).toBe(true);
    expect(c.measure).toBe(1);
  });

  it('a quiz at 79 % is not passed, at 80 % it is (best score)', () => {
    expect(isPassing({ correct: 79, total: 100, at: AT })).toBe(false);
    expect(isPassing({ correct: 80, total: 100, at: AT })).toBe(true);
    expect(isPassing({ correct: 7, total: 9, at: AT })).toBe(false); // 77.8 %
    expect(isPassing({ correct: 8, total: 10, at: AT })).toBe(true);
    expect(isPassing({ correct: 0, total: 0, at: AT })).toBe(false);
    const at79 = { ...everything(), quizzes: { ...allPassed(), role: result(79, 100) } };
    expect(completion(req, at79).complete).toBe(false);
    expect(completion(req, at79).quizzes.left.map((q) => q.module)).toEqual(['role']);
    const at80 = { ...everything(), quizzes: { ...allPassed(), role: result(80, 100) } };
    expect(completion(req, at80).complete).toBe(true);
    // The best score counts, not the last attempt.
    const bestPassed: QuizResult = { ...result(9, 10), last: { correct: 5, total: 10, at: AT } };
    expect(
      completion(req, { ...everything(), quizzes: { ...allPassed(), role: bestPassed } }).complete,
    ).toBe(true);
  });

  it('a quiz answered but not finished has no score and is left', () => {
    const open: QuizResult = {
      v: 1,
      answers: { 'role-1': ['a'] },
      checked: ['role-1'],
      updatedAt: AT,
    };
    const c = completion(req, { ...everything(), quizzes: { ...allPassed(), role: open } });
    expect(c.quizzes.left.map((q) => q.module)).toEqual(['role']);
  });
});

describe('a filled worksheet document', () => {
  it('a fresh document, or one with only blank rows or a changed preset, is not filled', () => {
    const swot = worksheet('swot');
    expect(isFilled(swot.empty, swot.empty, swot.example)).toBe(false);
    // A row has an id the learner never typed: a blank row does not count.
    expect(
      isFilled(
        { ...(swot.empty as object), items: { S: [{ id: 'i1', text: ' ' }], W: [], O: [], T: [] } },
        swot.empty,
      ),
    ).toBe(false);
    const goal = worksheet('smart-goal');
    expect(isFilled({ ...(goal.empty as object), direction: 'decrease' }, goal.empty)).toBe(false);
  });

  it('typed text in any field makes it filled, for every worksheet', () => {
    for (const w of req.worksheets)
      expect(isFilled(typedInto(w.empty), w.empty, w.example), w.id).toBe(true);
    const swot = worksheet('swot');
    const item = {
      ...(swot.empty as object),
      items: { S: [{ text: '渠道覆盖广' }], W: [], O: [], T: [] },
    };
    expect(isFilled(item, swot.empty)).toBe(true);
  });

  it('the worked example loaded unchanged is not the learner’s own', () => {
    for (const w of req.worksheets) {
      expect(w.example, w.id).toBeDefined();
      expect(isFilled(w.example, w.empty, w.example), w.id).toBe(false);
    }
  });
});

describe('reading the state from storage', () => {
  it('reads marks, quiz results and document bodies; unreadable records count as nothing', () => {
    const progress = readAll(['/role/duties/']);
    const engine = createMemoryEngine({
      [PAGES_KEY]: JSON.stringify(progress),
      [quizKey('role')]: JSON.stringify(result(8, 10)),
      [quizKey('team')]: '{broken',
      [`${KEY_PREFIX}default:swot:doc:a1`]: JSON.stringify({ id: 'a1', data: { subject: 'x' } }),
      [`${KEY_PREFIX}default:swot:doc:a2`]: 'not json',
      [`${KEY_PREFIX}default:swot:index`]: '["a1"]',
      [`${KEY_PREFIX}workshop-1:smart-goal:doc:b1`]: JSON.stringify({ id: 'b1', data: {} }),
    });
    const state = readCourseState(engine, req);
    expect(state.progress).toEqual(progress);
    expect(state.quizzes.role?.best).toEqual({ correct: 8, total: 10, at: AT });
    expect(state.quizzes.team).toBeNull();
    expect(state.documents.swot).toEqual([{ subject: 'x' }]);
    expect(state.documents['smart-goal']).toEqual([]);
  });

  it('an unreadable progress record reads as nothing read', () => {
    const state = readCourseState(createMemoryEngine({ [PAGES_KEY]: 'oops' }), req);
    expect(state.progress).toEqual(emptyProgress());
  });
});

describe('the 综合测验 (build setting FINAL_QUIZ_COUNTS)', () => {
  it('does not count by default: the course completes without it', async () => {
    const plain = await courseRequirements(contentDocs(), contentQuizzes());
    expect(plain.final).toBeUndefined();
    const c = completion(plain, everything());
    expect(c.complete).toBe(true);
    expect(c.final).toBeNull();
  });

  it('counts when the build says so: ≥ 80 % best score, one requirement more', async () => {
    const counted = await courseRequirements(contentDocs(), contentQuizzes(), undefined, {
      finalQuizCounts: true,
    });
    expect(counted.final).toEqual({
      label: '综合测验',
      path: '/reference/final-quiz/',
      questions: 20,
    });
    const without = completion(counted, everything());
    expect(without.complete).toBe(false);
    expect(without.final).toMatchObject({ module: 'final', passed: false });
    const total = without.chapters.total + without.quizzes.total + without.worksheets.total + 1;
    expect(without.measure).toBeCloseTo((total - 1) / total);

    const failed = completion(counted, {
      ...everything(),
      quizzes: { ...allPassed(), final: result(15, 20) },
    });
    expect(failed.complete).toBe(false);
    const passed = completion(counted, {
      ...everything(),
      quizzes: { ...allPassed(), final: result(16, 20) },
    });
    expect(passed.complete).toBe(true);
    expect(passed.final?.passed).toBe(true);
    expect(passed.measure).toBe(1);
  });

  it('reads the final test’s record from storage only when it counts', async () => {
    const counted = await courseRequirements(contentDocs(), contentQuizzes(), undefined, {
      finalQuizCounts: true,
    });
    const engine = createMemoryEngine();
    engine.set(quizKey('final'), JSON.stringify(result(18, 20)));
    expect(readCourseState(engine, counted).quizzes.final?.best?.correct).toBe(18);
    expect(readCourseState(engine, req).quizzes.final).toBeUndefined();
  });
});

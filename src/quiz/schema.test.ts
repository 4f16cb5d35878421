import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { MODULES } from '../course/modules.mjs';
import { quizLinkProblems, quizSchema } from './schema';

const DIR = 'src/content/quizzes';
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const read = (f: string) => JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as unknown;

/** A small valid quiz to break in one way per test. */
function good() {
  const q = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    type: 'single',
    prompt: '哪一项正确？',
    options: [
      { id: 'a', text: '甲', correct: true },
      { id: 'b', text: '乙' },
    ],
    explanation: '因为课程里这样讲过。',
    source: { page: '/role/duties/', anchor: '五项核心职责' },
    ...extra,
  });
  return {
    module: 'role',
    questions: [
      q('r-1'),
      q('r-2'),
      q('r-3'),
      q('r-4', {
        type: 'multiple',
        options: [
          { id: 'a', text: '甲', correct: true },
          { id: 'b', text: '乙', correct: true },
          { id: 'c', text: '丙' },
        ],
      }),
      q('r-5', { scenario: '一位区域经理带 6 名销售代表，季度末还差 8% 的目标。' }),
      q('r-6'),
      q('r-7'),
      q('r-8'),
    ],
  };
}

const errors = (value: unknown) => {
  const result = quizSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('the quiz files', () => {
  it('there is one per module, named after it', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(
      MODULES.map((m) => m.id).sort(),
    );
  });

  for (const f of files) {
    it(`${f} passes the schema, with 8–10 questions of every kind`, () => {
      const value = read(f);
      expect(errors(value)).toEqual([]);
      const quiz = quizSchema.parse(value);
      expect(quiz.module).toBe(f.replace(/\.json$/, ''));
      expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
      expect(quiz.questions.length).toBeLessThanOrEqual(10);
    });
  }
});

describe('the schema refuses a bad question file', () => {
  it('accepts the good example', () => {
    expect(errors(good())).toEqual([]);
  });

  it('duplicate question ids', () => {
    const quiz = good();
    quiz.questions[1].id = 'r-1';
    expect(errors(quiz).join()).toContain('used twice');
  });

  it('no correct option', () => {
    const quiz = good();
    quiz.questions[0].options = [
      { id: 'a', text: '甲' },
      { id: 'b', text: '乙' },
    ] as (typeof quiz.questions)[0]['options'];
    expect(errors(quiz).join()).toContain('no correct option');
  });

  it('a single-choice question with two correct options', () => {
    const quiz = good();
    quiz.questions[0].options[1] = { id: 'b', text: '乙', correct: true };
    expect(errors(quiz).join()).toContain('exactly one correct option');
  });

  it('too few questions, or no scenario / multiple-choice question', () => {
    expect(errors({ ...good(), questions: good().questions.slice(0, 7) }).length).toBeGreaterThan(
      0,
    );
    const eleven = [...good().questions, ...good().questions.slice(0, 3)].map((q, i) => ({
      ...q,
      id: `r-${i + 1}`,
    }));
    expect(errors({ ...good(), questions: eleven }).length).toBeGreaterThan(0);
    const noScenario = good();
    delete (noScenario.questions[4] as { scenario?: string }).scenario;
    expect(errors(noScenario).join()).toContain('scenario');
    const noMultiple = good();
    noMultiple.questions[3] = good().questions[0];
    noMultiple.questions[3].id = 'r-9';
    expect(errors(noMultiple).join()).toContain('multiple-choice');
  });

  it('options out of order, a malformed page path, a link outside the module', () => {
    const letters = good();
    letters.questions[0].options[1] = { id: 'c', text: '乙' } as never;
    expect(errors(letters).join()).toContain('lettered');
    const path = good();
    path.questions[0].source = { page: 'role/duties', anchor: 'x' };
    expect(errors(path).length).toBeGreaterThan(0);
    const outside = good();
    outside.questions[0].source = { page: '/team/daily/', anchor: 'x' };
    expect(errors(outside).join()).toContain('outside its module');
  });
});

describe('links to the teaching section', () => {
  const headings = new Map([['/role/duties/', new Set(['五项核心职责', '目标管理'])]]);

  it('pass when the page and heading exist', () => {
    expect(quizLinkProblems(quizSchema.parse(good()), headings)).toEqual([]);
  });

  it('name a missing page or heading', () => {
    const quiz = quizSchema.parse(good());
    quiz.questions[0].source = { page: '/role/nope/', anchor: 'x' };
    quiz.questions[1].source = { page: '/role/duties/', anchor: '不存在的小节' };
    expect(quizLinkProblems(quiz, headings)).toEqual([
      'r-1: no page /role/nope/',
      'r-2: no heading #不存在的小节 on /role/duties/',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  drawFinal,
  FINAL_QUESTIONS,
  isSubmitted,
  spread,
  submitFinal,
  unanswered,
  type Bank,
} from './final';
import { draftAnswer, emptyResult, resetAttempt } from './model';

const T1 = new Date('2026-11-01T08:00:00Z');
const T2 = new Date('2026-11-02T08:00:00Z');

/** Twelve banks of 9 or 10 questions, as in the course. */
const BANKS: Bank[] = Array.from({ length: 12 }, (_, m) => ({
  module: `m${m}`,
  ids: Array.from({ length: m % 2 ? 10 : 9 }, (_, q) => `m${m}-${q + 1}`),
}));
const moduleOf = (id: string) => id.split('-')[0];

describe('drawing the 综合测验', () => {
  it('draws 20 different questions spread over every module (1 or 2 each)', () => {
    for (const seed of [0, 1, 42, 0xffffffff, 123456789]) {
      const drawn = drawFinal(BANKS, seed);
      expect(drawn).toHaveLength(FINAL_QUESTIONS);
      expect(new Set(drawn).size).toBe(FINAL_QUESTIONS);
      const per = BANKS.map((b) => drawn.filter((id) => moduleOf(id) === b.module).length);
      expect(per.every((n) => n === 1 || n === 2)).toBe(true);
      // Listed module by module in course order.
      expect(drawn.map(moduleOf)).toEqual(
        [...drawn.map(moduleOf)].sort((a, b) => +a.slice(1) - +b.slice(1)),
      );
    }
  });

  it('draws the same questions for the same seed, and others for another seed', () => {
    expect(drawFinal(BANKS, 7)).toEqual(drawFinal(BANKS, 7));
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    const draws = new Set(seeds.map((s) => drawFinal(BANKS, s).join()));
    expect(draws.size).toBeGreaterThan(1);
  });

  it('takes all of a small bank and makes up the rest from the others', () => {
    const banks: Bank[] = [
      { module: 'a', ids: ['a-1'] },
      { module: 'b', ids: ['b-1', 'b-2', 'b-3', 'b-4'] },
      { module: 'c', ids: ['c-1', 'c-2', 'c-3', 'c-4'] },
    ];
    expect(spread(banks, 9, 6).reduce((n, k) => n + k, 0)).toBe(6);
    expect(spread(banks, 9, 6)[0]).toBe(1);
    expect(drawFinal(banks, 9, 6)).toContain('a-1');
    // Fewer questions than asked for: all of them.
    expect(drawFinal(banks, 9, 50)).toHaveLength(9);
    expect(drawFinal([], 9)).toEqual([]);
  });
});

describe('one submit', () => {
  const drawn = ['q1', 'q2', 'q3', 'q4', 'q5'];
  const keys = drawn.map((id) => ({ id, answer: id === 'q2' ? ['a', 'c'] : ['b'] }));

  it('lists the questions not answered yet', () => {
    let r = draftAnswer(emptyResult(), 'q1', ['b'], T1);
    r = draftAnswer(r, 'q3', [], T1);
    expect(unanswered(drawn, r)).toEqual(['q2', 'q3', 'q4', 'q5']);
  });

  it('scores every question at once with the module quizzes’ rule; best is kept', () => {
    let r = emptyResult();
    for (const id of drawn) r = draftAnswer(r, id, id === 'q2' ? ['c', 'a'] : ['b'], T1);
    r = draftAnswer(r, 'q5', ['a'], T1);
    expect(isSubmitted(drawn, r)).toBe(false);
    const done = submitFinal(keys, r, T1);
    expect(isSubmitted(drawn, done)).toBe(true);
    expect(done.last).toEqual({ correct: 4, total: 5, at: T1.toISOString() });
    expect(done.best).toEqual(done.last);
    // The review shows the answers as given.
    expect(done.answers.q5).toEqual(['a']);
    // Submitting again changes nothing.
    expect(submitFinal(keys, done, T2)).toEqual(done);

    // A worse attempt keeps the best score; a new attempt has a new seed, so new questions.
    let next = resetAttempt(done, T2, 99);
    expect(next.seed).toBe(99);
    expect(isSubmitted(drawn, next)).toBe(false);
    for (const id of drawn) next = draftAnswer(next, id, ['d'], T2);
    const worse = submitFinal(keys, next, T2);
    expect(worse.last?.correct).toBe(0);
    expect(worse.best).toEqual(done.best);
  });
});

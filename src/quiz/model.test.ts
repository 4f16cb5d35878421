import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  draftAnswer,
  emptyResult,
  isCorrect,
  mergeQuizResults,
  newSeed,
  optionOrder,
  parseQuizResult,
  progressOf,
  resetAttempt,
  retryQuestion,
  withSeed,
} from './model';

const KEYS = [
  { id: 'q1', answer: ['b'] },
  { id: 'q2', answer: ['a', 'c'] },
];
const T1 = new Date('2026-11-01T08:00:00Z');
const T2 = new Date('2026-11-02T08:00:00Z');

describe('scoring', () => {
  it('is right only with exactly the correct options', () => {
    expect(isCorrect(['b'], ['b'])).toBe(true);
    expect(isCorrect(['c', 'a'], ['a', 'c'])).toBe(true);
    expect(isCorrect(['a'], ['a', 'c'])).toBe(false);
    expect(isCorrect(['a', 'b', 'c'], ['a', 'c'])).toBe(false);
    expect(isCorrect([], ['a'])).toBe(false);
  });

  it('scores each question once and records the attempt when all are checked', () => {
    let r = checkAnswer(KEYS, emptyResult(), 'q1', ['b'], T1);
    expect(progressOf(KEYS, r)).toEqual({ checked: 1, correct: 1, total: 2 });
    expect(r.last).toBeUndefined();
    // A checked answer is fixed until the attempt is reset.
    expect(checkAnswer(KEYS, r, 'q1', ['a'], T1)).toBe(r);
    expect(draftAnswer(r, 'q1', ['a'], T1)).toBe(r);
    r = checkAnswer(KEYS, r, 'q2', ['a'], T2);
    expect(r.last).toEqual({ correct: 1, total: 2, at: T2.toISOString() });
    expect(r.best).toEqual(r.last);
  });

  it('keeps the best score over a worse retry', () => {
    let r = checkAnswer(KEYS, emptyResult(), 'q1', ['b'], T1);
    r = checkAnswer(KEYS, r, 'q2', ['a', 'c'], T1);
    expect(r.best?.correct).toBe(2);
    r = resetAttempt(r, T2);
    expect(r.answers).toEqual({});
    expect(r.checked).toEqual([]);
    r = checkAnswer(KEYS, r, 'q1', ['a'], T2);
    r = checkAnswer(KEYS, r, 'q2', ['a'], T2);
    expect(r.last?.correct).toBe(0);
    expect(r.best?.correct).toBe(2);
  });

  it('重做此题 opens one checked question again; the next complete attempt is scored anew', () => {
    let r = checkAnswer(KEYS, emptyResult(), 'q1', ['a'], T1);
    r = checkAnswer(KEYS, r, 'q2', ['a', 'c'], T1);
    expect(r.last).toEqual({ correct: 1, total: 2, at: T1.toISOString() });
    r = retryQuestion(r, 'q1', T2);
    expect(r.checked).toEqual(['q2']);
    expect(r.answers).toEqual({ q2: ['a', 'c'] });
    // The saved scores stay until the attempt is complete again.
    expect(r.last?.correct).toBe(1);
    expect(progressOf(KEYS, r)).toEqual({ checked: 1, correct: 1, total: 2 });
    r = checkAnswer(KEYS, r, 'q1', ['b'], T2);
    expect(r.last).toEqual({ correct: 2, total: 2, at: T2.toISOString() });
    expect(r.best).toEqual(r.last);
    // A question not checked cannot be retried.
    const open = retryQuestion(emptyResult(), 'q1', T2);
    expect(open).toEqual(emptyResult());
  });

  it('a worse attempt after a retry keeps the best and shows the last', () => {
    let r = checkAnswer(KEYS, emptyResult(), 'q1', ['b'], T1);
    r = checkAnswer(KEYS, r, 'q2', ['a', 'c'], T1);
    r = retryQuestion(r, 'q2', T2);
    r = checkAnswer(KEYS, r, 'q2', ['c'], T2);
    expect(r.last).toEqual({ correct: 1, total: 2, at: T2.toISOString() });
    expect(r.best).toEqual({ correct: 2, total: 2, at: T1.toISOString() });
  });

  it('ignores unknown question ids', () => {
    const r = emptyResult();
    expect(checkAnswer(KEYS, r, 'nope', ['a'], T1)).toBe(r);
  });
});

describe('option order', () => {
  const IDS = ['a', 'b', 'c', 'd'];

  it('is a shuffle of the options, the same for the same seed and question', () => {
    const order = optionOrder(42, 'role-1', IDS);
    expect([...order].sort()).toEqual(IDS);
    expect(optionOrder(42, 'role-1', IDS)).toEqual(order);
    expect(IDS).toEqual(['a', 'b', 'c', 'd']);
  });

  it('differs between attempts and between questions', () => {
    const seeds = Array.from({ length: 40 }, (_, i) => i * 7919);
    const orders = new Set(seeds.map((s) => optionOrder(s, 'role-1', IDS).join('')));
    expect(orders.size).toBeGreaterThan(10);
    const questions = new Set(
      Array.from({ length: 40 }, (_, i) => optionOrder(1, `role-${i}`, IDS).join('')),
    );
    expect(questions.size).toBeGreaterThan(10);
  });

  it('puts each option first about equally often', () => {
    const first = new Map<string, number>();
    for (let s = 0; s < 4000; s++) {
      const f = optionOrder(s * 2654435761, 'cases-1', IDS)[0];
      first.set(f, (first.get(f) ?? 0) + 1);
    }
    for (const id of IDS) expect(first.get(id)).toBeGreaterThan(800);
  });

  it('an attempt keeps its seed; 重新作答 draws a new one', () => {
    const r = withSeed(emptyResult(), 7);
    expect(r.seed).toBe(7);
    expect(withSeed(r, 8)).toBe(r);
    expect(resetAttempt(r, T2, 9).seed).toBe(9);
    expect(newSeed(() => 0.5)).toBe(0x80000000);
    expect(newSeed(() => 0.999999999999)).toBeLessThanOrEqual(0xffffffff);
  });
});

describe('stored results', () => {
  it('old records without a seed still read; a bad seed is dropped, not the record', () => {
    const old =
      '{"v":1,"answers":{"q1":["b"]},"checked":["q1"],"updatedAt":"2026-11-01T08:00:00.000Z"}';
    expect(parseQuizResult(old)).toEqual({
      v: 1,
      answers: { q1: ['b'] },
      checked: ['q1'],
      updatedAt: '2026-11-01T08:00:00.000Z',
    });
    const seeded = { ...JSON.parse(old), seed: 123 };
    expect(parseQuizResult(JSON.stringify(seeded))?.seed).toBe(123);
    expect(parseQuizResult(JSON.stringify({ ...seeded, seed: -1 }))).not.toHaveProperty('seed');
    expect(parseQuizResult(JSON.stringify({ ...seeded, seed: 'x' }))?.checked).toEqual(['q1']);
  });

  it('round-trip, and anything malformed reads as null', () => {
    const r = checkAnswer(KEYS, emptyResult(), 'q1', ['b'], T1);
    expect(parseQuizResult(JSON.stringify(r))).toEqual(r);
    expect(parseQuizResult(null)).toEqual(emptyResult());
    expect(parseQuizResult('{"v":1,"answers":{}')).toBeNull();
    expect(parseQuizResult('{"v":1,"answers":{"q1":"b"},"checked":[],"updatedAt":""}')).toBeNull();
    expect(
      parseQuizResult(
        '{"v":1,"answers":{},"checked":[],"updatedAt":"","last":{"correct":9,"total":2,"at":""}}',
      ),
    ).toBeNull();
    expect(parseQuizResult('{"v":2,"answers":{},"checked":[],"updatedAt":""}')).toBeNull();
  });

  it('merge: the newer attempt wins, the best of both is kept', () => {
    const good = checkAnswer(
      KEYS,
      checkAnswer(KEYS, emptyResult(), 'q1', ['b'], T1),
      'q2',
      ['a', 'c'],
      T1,
    );
    const later = checkAnswer(KEYS, emptyResult(), 'q1', ['a'], T2);
    const merged = mergeQuizResults(later, good);
    expect(merged.checked).toEqual(['q1']);
    expect(merged.answers).toEqual({ q1: ['a'] });
    expect(merged.best?.correct).toBe(2);
    expect(mergeQuizResults(good, later)).toEqual(merged);
  });
});

import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  draftAnswer,
  emptyResult,
  isCorrect,
  mergeQuizResults,
  parseQuizResult,
  progressOf,
  resetAttempt,
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

  it('ignores unknown question ids', () => {
    const r = emptyResult();
    expect(checkAnswer(KEYS, r, 'nope', ['a'], T1)).toBe(r);
  });
});

describe('stored results', () => {
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

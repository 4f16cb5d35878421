/**
 * The 综合测验 (final test): an optional test of FINAL_QUESTIONS questions drawn from the
 * twelve modules' 知识自测 banks, answered in one go and submitted once. Pure functions; the
 * page script (final-quiz.ts), 学习进度 and completion use them.
 *
 * Saved like a module's result (model.ts) under `smc:v1:quiz:final`, so 备份全部数据 carries
 * it and the best score is kept the same way. The attempt's `seed` draws its questions
 * (`drawFinal`) and the order of their options (`optionOrder`): a reload, and the review after
 * submitting, show the same questions; 重新作答 draws a new seed and so new questions.
 */
import { FINAL_ID, FINAL_QUESTIONS } from './final-ref';
import { checkAnswer, optionOrder, type AnswerKey, type QuizResult } from './model';

export { FINAL_ID, FINAL_PATH, FINAL_QUESTIONS } from './final-ref';

/** One module's bank as the draw needs it: the module id and its question ids (course order). */
export interface Bank {
  module: string;
  ids: readonly string[];
}

/**
 * How many questions each bank gives (same order as `banks`): as even as the banks allow
 * (20 over 12 modules: 1 or 2 each), which banks give one more drawn from the seed; a bank
 * with too few questions gives all it has and the others make up the rest.
 */
export function spread(banks: readonly Bank[], seed: number, count = FINAL_QUESTIONS): number[] {
  const shares = banks.map(() => 0);
  // The banks in an order drawn from the seed: the first ones get the extra questions.
  const order = optionOrder(
    seed,
    `${FINAL_ID}:modules`,
    banks.map((_, i) => String(i)),
  ).map(Number);
  let left = Math.min(
    count,
    banks.reduce((n, b) => n + b.ids.length, 0),
  );
  while (left > 0) {
    for (const i of order) {
      if (left === 0) break;
      if (shares[i] < banks[i].ids.length) {
        shares[i]++;
        left--;
      }
    }
  }
  return shares;
}

/**
 * The attempt's questions: from each bank its share (`spread`), picked by the seed; listed
 * module by module in course order, each module's in its bank's order. The same seed always
 * draws the same questions.
 */
export function drawFinal(banks: readonly Bank[], seed: number, count = FINAL_QUESTIONS): string[] {
  const shares = spread(banks, seed, count);
  return banks.flatMap((bank, i) => {
    const picked = new Set(
      optionOrder(seed, `${FINAL_ID}:${bank.module}`, bank.ids).slice(0, shares[i]),
    );
    return bank.ids.filter((id) => picked.has(id));
  });
}

/** The drawn questions not answered yet (none chosen), in order. */
export function unanswered(drawn: readonly string[], result: QuizResult): string[] {
  return drawn.filter((id) => !result.answers[id]?.length);
}

/**
 * Submit the attempt: every drawn question is scored at once, with the module quizzes' rule
 * (model.ts: exactly the correct options); the score becomes `last`, and `best` when higher.
 * An attempt already submitted stays as it is.
 */
export function submitFinal(keys: readonly AnswerKey[], result: QuizResult, now: Date): QuizResult {
  return keys.reduce(
    (next, k) => checkAnswer(keys, next, k.id, result.answers[k.id] ?? [], now),
    result,
  );
}

/** True once every drawn question has been scored (the review is shown). */
export function isSubmitted(drawn: readonly string[], result: QuizResult): boolean {
  return drawn.length > 0 && drawn.every((id) => result.checked.includes(id));
}

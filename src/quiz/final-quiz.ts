/**
 * The 综合测验 on its page (FinalQuiz.astro): show the questions drawn for the attempt (from
 * its seed, so a reload and the review show the same ones) with their options in the attempt's
 * order, keep the answers in the browser while the learner chooses, score every question at
 * one submit, then show the answer sheet: the chosen and the correct options marked in words,
 * the verdict, the explanation and the section that teaches it, as on a module quiz.
 * 重新作答 starts a new attempt with new questions; the best score is kept.
 */
import { openBrowserStorage } from '../../exercises/core/storage';
import { quarantine } from '../progress/store';
import { drawFinal, FINAL_ID, isSubmitted, submitFinal, unanswered, type Bank } from './final';
import {
  draftAnswer,
  emptyResult,
  isCorrect,
  newSeed,
  parseQuizResult,
  progressOf,
  quizKey,
  resetAttempt,
  withSeed,
  type AnswerKey,
  type QuizResult,
} from './model';
import { FINAL_TEXT as F } from './final-strings';
import { chosenOf, inputsOf, markOptions, orderOptions } from './options';
import { chineseDate, QUIZ_TEXT as T } from './strings';

const root = document.querySelector<HTMLElement>('[data-final-quiz]');
if (root) setUp(root);

function setUp(root: HTMLElement) {
  document.querySelector<HTMLElement>('[data-final-needs-script]')?.setAttribute('hidden', '');
  const engine = openBrowserStorage();
  const key = quizKey(FINAL_ID);
  const now = () => new Date();
  const items = [...root.querySelectorAll<HTMLElement>('[data-question]')];
  const byId = new Map(items.map((li) => [li.dataset.question ?? '', li]));
  const answerOf = (id: string) => (byId.get(id)?.dataset.answer ?? '').split(' ').filter(Boolean);

  // The banks in course order, as the page lists them.
  const banks: Bank[] = [];
  for (const li of items) {
    const module = li.dataset.module ?? '';
    const bank = banks.at(-1);
    if (bank?.module === module) (bank.ids as string[]).push(li.dataset.question ?? '');
    else banks.push({ module, ids: [li.dataset.question ?? ''] });
  }

  const score = root.querySelector<HTMLElement>('.quiz-score-now')!;
  const saved = root.querySelector<HTMLElement>('.quiz-score-saved')!;
  const message = root.querySelector<HTMLElement>('[data-final-message]')!;
  const submit = root.querySelector<HTMLButtonElement>('[data-final-submit]')!;
  const reset = root.querySelector<HTMLButtonElement>('[data-final-reset]')!;

  function load(): QuizResult {
    const raw = engine.get(key);
    const result = parseQuizResult(raw);
    if (result) return result;
    if (raw !== null) quarantine(engine, `quiz-${FINAL_ID}`, raw, now());
    return emptyResult();
  }
  let result = withSeed(load(), newSeed());
  let drawn = drawFinal(banks, result.seed ?? 0);
  let keys: AnswerKey[] = drawn.map((id) => ({ id, answer: answerOf(id) }));
  const save = (next: QuizResult) => {
    result = next;
    engine.set(key, JSON.stringify(next));
  };
  const draw = () => {
    drawn = drawFinal(banks, result.seed ?? 0);
    keys = drawn.map((id) => ({ id, answer: answerOf(id) }));
  };

  const textOf = (li: HTMLElement, id: string) =>
    inputsOf(li)
      .find((i) => i.value === id)
      ?.closest('label')
      ?.querySelector('.quiz-option-text')?.textContent ?? id;

  function renderQuestion(li: HTMLElement, k: AnswerKey, n: number, done: boolean) {
    li.hidden = false;
    li.querySelector('[data-number]')!.textContent = String(n);
    orderOptions(li, result.seed ?? 0, k.id);
    const chosen = result.answers[k.id] ?? [];
    markOptions(li, chosen, k.answer, done);
    const feedback = li.querySelector<HTMLElement>('.quiz-feedback')!;
    feedback.hidden = !done;
    if (!done) return void delete feedback.dataset.verdict;
    const right = isCorrect(chosen, k.answer);
    feedback.dataset.verdict = right ? 'right' : 'wrong';
    feedback.querySelector('.quiz-verdict')!.textContent = right
      ? T.right
      : T.wrongFinal(k.answer.map((id) => textOf(li, id)));
  }

  function renderScore() {
    const done = isSubmitted(drawn, result);
    const p = progressOf(keys, result);
    const text = done
      ? F.result(p.correct, p.total, Math.floor((p.correct / p.total) * 100))
      : F.progress(drawn.length - unanswered(drawn, result).length, drawn.length);
    score.textContent = engine.notice() ? `${text}${T.memory}` : text;
    const fmt = (s: { correct: number; total: number; at: string }) =>
      T.score(s.correct, s.total, chineseDate(s.at));
    saved.hidden = !result.last;
    if (result.last)
      saved.textContent = T.saved(
        fmt(result.last),
        result.best && result.best.at !== result.last.at ? fmt(result.best) : null,
      );
    submit.hidden = done;
    submit.disabled = drawn.length === 0;
    reset.hidden = !done && Object.keys(result.answers).length === 0;
  }

  function renderAll() {
    const done = isSubmitted(drawn, result);
    const shown = new Set(drawn);
    for (const li of items) if (!shown.has(li.dataset.question ?? '')) li.hidden = true;
    keys.forEach((k, i) => renderQuestion(byId.get(k.id)!, k, i + 1, done));
    renderScore();
    if (drawn.length === 0) message.textContent = F.noQuestions;
  }

  root.addEventListener('change', (event) => {
    const li = (event.target as HTMLElement).closest<HTMLElement>('[data-question]');
    const id = li?.dataset.question;
    if (!li || !id || !drawn.includes(id) || isSubmitted(drawn, result)) return;
    save(draftAnswer(result, id, chosenOf(li), now()));
    message.textContent = '';
    renderScore();
  });

  submit.addEventListener('click', () => {
    const missing = unanswered(drawn, result);
    if (missing.length) {
      message.textContent = F.missing(missing.map((id) => drawn.indexOf(id) + 1));
      inputsOf(byId.get(missing[0])!)[0]?.focus();
      return;
    }
    message.textContent = '';
    save(submitFinal(keys, result, now()));
    renderAll();
    score.setAttribute('tabindex', '-1');
    score.focus();
  });

  reset.addEventListener('click', () => {
    save(resetAttempt(result, now()));
    draw();
    message.textContent = '';
    renderAll();
    inputsOf(byId.get(drawn[0])!)[0]?.focus();
  });

  addEventListener('storage', (event) => {
    if (engine.notice() || (event.key !== null && event.key !== key)) return;
    result = withSeed(load(), result.seed ?? newSeed());
    draw();
    renderAll();
  });

  renderAll();
}

/**
 * The knowledge check on a quiz page: check one question at a time (feedback, explanation and
 * a link to the section, the chosen and the correct options marked in words), 重做此题 for a
 * checked question, keep answers and the score in the browser, 重新作答 at will. The options
 * are shown in the attempt's order (drawn from its seed, so a reload keeps it).
 * The questions and answer key are read from the page (rendered by Quiz.astro).
 */
import { openBrowserStorage } from '../../exercises/core/storage';
import {
  checkAnswer,
  draftAnswer,
  emptyResult,
  isCorrect,
  newSeed,
  parseQuizResult,
  progressOf,
  quizKey,
  resetAttempt,
  retryQuestion,
  withSeed,
  type AnswerKey,
  type QuizResult,
} from './model';
import { chosenOf, inputsOf, markOptions, orderOptions } from './options';
import { chineseDate, QUIZ_TEXT as T } from './strings';
import { quarantine } from '../progress/store';

const root = document.querySelector<HTMLElement>('[data-quiz]');
if (root) setUp(root);

function setUp(root: HTMLElement) {
  const engine = openBrowserStorage();
  const key = quizKey(root.dataset.quiz ?? '');
  const items = [...root.querySelectorAll<HTMLElement>('[data-question]')];
  const keys: AnswerKey[] = items.map((li) => ({
    id: li.dataset.question ?? '',
    answer: (li.dataset.answer ?? '').split(' ').filter(Boolean),
  }));
  const now = () => new Date();

  function load(): QuizResult {
    const raw = engine.get(key);
    const result = parseQuizResult(raw);
    if (result) return result;
    if (raw !== null) quarantine(engine, `quiz-${root.dataset.quiz}`, raw, now());
    return emptyResult();
  }
  // The attempt's seed: the saved one, else a new one (saved with the first answer).
  let result = withSeed(load(), newSeed());
  const save = (next: QuizResult) => {
    result = next;
    engine.set(key, JSON.stringify(next));
  };

  const now_ = root.querySelector<HTMLElement>('.quiz-score-now')!;
  const saved = root.querySelector<HTMLElement>('.quiz-score-saved')!;
  const reset = root.querySelector<HTMLButtonElement>('.quiz-reset')!;

  function renderScore() {
    const p = progressOf(keys, result);
    now_.textContent = engine.notice()
      ? `${T.progress(p.checked, p.total, p.correct)}${T.memory}`
      : T.progress(p.checked, p.total, p.correct);
    const fmt = (s: { correct: number; total: number; at: string }) =>
      T.score(s.correct, s.total, chineseDate(s.at));
    saved.hidden = !result.last;
    if (result.last)
      saved.textContent = T.saved(
        fmt(result.last),
        result.best && result.best !== result.last && result.best.at !== result.last.at
          ? fmt(result.best)
          : null,
      );
    reset.hidden = p.checked === 0 && Object.keys(result.answers).length === 0;
  }

  function renderQuestion(li: HTMLElement, k: AnswerKey) {
    orderOptions(li, result.seed ?? 0, k.id);
    const chosen = result.answers[k.id] ?? [];
    const checked = result.checked.includes(k.id);
    const right = checked && isCorrect(chosen, k.answer);
    markOptions(li, chosen, k.answer, checked);
    const button = li.querySelector<HTMLButtonElement>('.quiz-check')!;
    const retry = li.querySelector<HTMLButtonElement>('.quiz-retry')!;
    const feedback = li.querySelector<HTMLElement>('.quiz-feedback')!;
    const verdict = feedback.querySelector<HTMLElement>('.quiz-verdict')!;
    button.disabled = checked;
    retry.hidden = !checked || right;
    feedback.hidden = !checked;
    if (!checked) {
      delete feedback.dataset.verdict;
      return;
    }
    feedback.dataset.verdict = right ? 'right' : 'wrong';
    const textOf = (id: string) =>
      inputsOf(li)
        .find((i) => i.value === id)
        ?.closest('label')
        ?.querySelector('.quiz-option-text')?.textContent ?? id;
    verdict.textContent = right ? T.right : T.wrong(k.answer.map(textOf));
  }

  function renderAll() {
    items.forEach((li, i) => renderQuestion(li, keys[i]));
    renderScore();
  }

  items.forEach((li, i) => {
    const k = keys[i];
    li.addEventListener('change', () => save(draftAnswer(result, k.id, chosenOf(li), now())));
    li.querySelector('.quiz-check')!.addEventListener('click', () => {
      const chosen = chosenOf(li);
      const verdict = li.querySelector<HTMLElement>('.quiz-verdict')!;
      const feedback = li.querySelector<HTMLElement>('.quiz-feedback')!;
      if (chosen.length === 0) {
        feedback.hidden = false;
        verdict.textContent = T.chooseFirst;
        feedback.dataset.verdict = 'none';
        for (const p of feedback.querySelectorAll('p:not(.quiz-verdict)'))
          (p as HTMLElement).hidden = true;
        inputsOf(li)[0]?.focus();
        return;
      }
      for (const p of feedback.querySelectorAll('p')) (p as HTMLElement).hidden = false;
      save(checkAnswer(keys, result, k.id, chosen, now()));
      renderQuestion(li, k);
      renderScore();
      feedback.focus();
    });
    li.querySelector('.quiz-retry')!.addEventListener('click', () => {
      save(retryQuestion(result, k.id, now()));
      renderQuestion(li, k);
      renderScore();
      inputsOf(li)[0]?.focus();
    });
  });

  reset.addEventListener('click', () => {
    save(resetAttempt(result, now()));
    renderAll();
    inputsOf(items[0])[0]?.focus();
  });

  addEventListener('storage', (event) => {
    if (engine.notice() || (event.key !== null && event.key !== key)) return;
    result = withSeed(load(), result.seed ?? newSeed());
    renderAll();
  });

  renderAll();
}

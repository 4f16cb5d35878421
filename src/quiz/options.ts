/**
 * A question's options on the page, shared by the module quizzes (quiz.ts) and the 综合测验
 * (final-quiz.ts): their inputs, what is chosen, the order drawn for the attempt, and the marks
 * shown once the answer is checked.
 */
import { optionOrder } from './model';
import { QUIZ_TEXT as T } from './strings';

export const inputsOf = (li: HTMLElement) => [...li.querySelectorAll<HTMLInputElement>('input')];

export const chosenOf = (li: HTMLElement) =>
  inputsOf(li)
    .filter((i) => i.checked)
    .map((i) => i.value);

/** Puts the options in the order drawn for this attempt (`seed`) and question. */
export function orderOptions(li: HTMLElement, seed: number, id: string): void {
  const labels = inputsOf(li).map((i) => i.closest('label')!);
  const ids = labels.map((l) => l.querySelector('input')!.value);
  const wanted = optionOrder(seed, id, [...ids].sort());
  if (wanted.join() !== ids.join())
    labels[0].parentElement!.append(...wanted.map((o) => labels[ids.indexOf(o)]));
}

/**
 * Shows what was chosen and, once `shown` (checked or submitted), marks the chosen and the
 * correct options in words as well as colour; the options are then locked.
 */
export function markOptions(
  li: HTMLElement,
  chosen: readonly string[],
  answer: readonly string[],
  shown: boolean,
): void {
  for (const input of inputsOf(li)) {
    input.checked = chosen.includes(input.value);
    input.disabled = shown;
    const label = input.closest('label')!;
    const mark = label.querySelector<HTMLElement>('.quiz-mark')!;
    const isChosen = shown && input.checked;
    const isAnswer = shown && answer.includes(input.value);
    label.toggleAttribute('data-chosen', isChosen);
    label.toggleAttribute('data-correct', isAnswer);
    mark.textContent = T.mark(isChosen, isAnswer);
    mark.hidden = !mark.textContent;
  }
}

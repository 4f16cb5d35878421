/**
 * Draws the 结业条件 checklist (CompletionChecklist.astro) from a completion: each condition
 * with its count, and what is left as links (chapters by module, the quizzes not passed with
 * their best score, the worksheets with no filled document). Used by 学习进度 and the 结业 page.
 */
import type { Completion, QuizStatus } from './completion';
import { COMPLETION_TEXT as T } from './completion-strings';

function el(tag: string, text = '', className = ''): HTMLElement {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.textContent = text;
  return e;
}

function link(text: string, href: string): HTMLAnchorElement {
  const a = el('a', text) as HTMLAnchorElement;
  a.href = href;
  return a;
}

/** One condition: a sign and words for done / not done, its name, its count, what is left. */
function condition(done: boolean, name: string, count: string, left: HTMLElement[]) {
  const li = el('li', '', done ? 'completion-done' : 'completion-open');
  const sign = el('span', done ? '✓' : '○', 'completion-sign');
  sign.setAttribute('aria-hidden', 'true');
  li.append(
    sign,
    el('span', done ? T.done : T.notDone, 'sr-only'),
    el('strong', name),
    ` ${count}`,
  );
  if (left.length) {
    const ul = el('ul', '', 'completion-left');
    ul.append(...left);
    li.append(ul);
  }
  return li;
}

/**
 * Fill `root` (holding [data-completion-summary] and [data-completion-list]) with the checklist.
 * `href` turns a site path into a link (adds the base).
 */
export function renderChecklist(
  root: HTMLElement,
  c: Completion,
  href: (path: string) => string,
): void {
  const finalLeft = c.final && !c.final.passed ? 1 : 0;
  const open =
    c.chapters.left.length + c.quizzes.left.length + c.worksheets.left.length + finalLeft;
  root.querySelector('[data-completion-summary]')!.textContent = c.complete
    ? T.complete
    : T.left(open);

  const byModule = new Map<string, HTMLElement>();
  for (const chapter of c.chapters.left) {
    let li = byModule.get(chapter.module);
    if (!li) {
      const label = c.quizzes.all.find((q) => q.module === chapter.module)?.label ?? chapter.module;
      byModule.set(chapter.module, (li = el('li', `${label}：`)));
    } else li.append('、');
    li.append(link(chapter.title, href(chapter.path)));
  }
  const quizLeft = (q: QuizStatus) => {
    const li = el('li');
    const best = q.best;
    const note = best
      ? T.quizBest(best.correct, best.total, Math.floor((best.correct / best.total) * 100))
      : T.quizNone;
    li.append(link(q.label, href(q.path)), `（${note}）`);
    return li;
  };
  const quizzes = c.quizzes.left.map(quizLeft);
  const worksheets = c.worksheets.left.map((w) => {
    const li = el('li');
    li.append(link(w.title, href(w.path)), `（${T.worksheetHint}）`);
    return li;
  });
  root.querySelector('[data-completion-list]')!.replaceChildren(
    condition(
      c.chapters.left.length === 0,
      T.chapters,
      T.chaptersCount(c.chapters.read, c.chapters.total),
      [...byModule.values()],
    ),
    condition(
      c.quizzes.left.length === 0,
      T.quizzes,
      T.quizzesCount(c.quizzes.passed, c.quizzes.total),
      quizzes,
    ),
    condition(
      c.worksheets.left.length === 0,
      T.worksheets,
      T.worksheetsCount(c.worksheets.filled, c.worksheets.total),
      worksheets,
    ),
    // Only where the build makes the 综合测验 count (completion.ts).
    ...(c.final
      ? [
          condition(
            c.final.passed,
            T.final,
            c.final.passed ? T.finalPassed : '',
            c.final.passed ? [] : [quizLeft(c.final)],
          ),
        ]
      : []),
  );
}

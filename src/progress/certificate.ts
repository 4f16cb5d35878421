/**
 * The 结业 page (CertificatePage.astro): draws the 结业条件 checklist from this browser's
 * records; when the course is complete, shows the name field and the 学习证明 (module scores,
 * today's date) and prints it. The name goes into the certificate only: never stored or sent.
 * Follows other tabs through the `storage` event.
 */
import { KEY_PREFIX, openBrowserStorage } from '../../exercises/core/storage';
import { pageLink, siteBase } from '../course/base';
import { chineseDate } from '../quiz/strings';
import { renderChecklist } from './checklist';
import { completion, percentOf, readCourseState, type CourseRequirements } from './completion';
import { CERTIFICATE_TEXT as T } from './completion-strings';

const BASE = siteBase().replace(/\/+$/, '');

const root = document.querySelector<HTMLElement>('[data-certificate-page]');
if (root) setUp(root);

function setUp(root: HTMLElement) {
  const engine = openBrowserStorage();
  const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const checklist = $('[data-completion]');
  const form = $('[data-certificate-form]');
  const certificate = $('[data-certificate]');
  const name = $<HTMLInputElement>('[data-certificate-name]');
  const error = $('[data-certificate-error]');
  const req = JSON.parse(checklist.dataset.requirements ?? '') as CourseRequirements;

  function render() {
    const c = completion(req, readCourseState(engine, req));
    renderChecklist(checklist, c, (path) => pageLink(`${BASE}${path}`));
    form.hidden = !c.complete;
    certificate.hidden = !c.complete;
    if (!c.complete) return;
    $('[data-certificate-chapters]').textContent = String(c.chapters.total);
    $('[data-certificate-date]').textContent = chineseDate(new Date().toISOString());
    $('[data-certificate-scores]').replaceChildren(
      ...[...c.quizzes.all, ...(c.final ? [c.final] : [])].map((q) => {
        const tr = document.createElement('tr');
        const th = document.createElement('th');
        th.scope = 'row';
        th.textContent = q.label;
        const td = document.createElement('td');
        const best = q.best!;
        td.textContent = T.score(best.correct, best.total, Math.floor(percentOf(best) ?? 0));
        tr.append(th, td);
        return tr;
      }),
    );
  }

  const showName = () => {
    $('[data-certificate-shown-name]').textContent = name.value.trim();
    if (name.value.trim()) error.textContent = '';
  };
  name.addEventListener('input', showName);

  $('[data-certificate-print]').addEventListener('click', () => {
    showName();
    if (!name.value.trim()) {
      error.textContent = T.nameMissing;
      name.focus();
      return;
    }
    window.print();
  });

  addEventListener('storage', (event) => {
    if (event.key !== null && !event.key.startsWith(KEY_PREFIX)) return;
    render();
  });
  render();
}

/**
 * 入门自测 on its page: keeps each answer in the browser as it is chosen, checks that every
 * question is answered on 查看结果, then shows the result per module, where to start and a review
 * under each question. The questions and the key are read from the page (Placement.astro).
 */
import { openBrowserStorage } from '../../exercises/core/storage';
import { quarantine } from '../progress/store';
import { MODULES } from '../course/modules.mjs';
import { chineseDate } from '../quiz/strings';
import {
  emptyRecord,
  parseRecord,
  PLACEMENT_KEY,
  score,
  unanswered,
  type Letter,
  type PlacementKey,
  type PlacementRecord,
} from './key';
import { PLACEMENT_TEXT as T } from './strings';

const root = document.querySelector<HTMLElement>('[data-placement]');
if (root) setUp(root);

function setUp(root: HTMLElement) {
  const engine = openBrowserStorage();
  const items = [...root.querySelectorAll<HTMLElement>('[data-question]')];
  const keys: PlacementKey[] = items.map((li) => ({
    id: li.dataset.question ?? '',
    module: li.dataset.module ?? '',
    best: (li.dataset.best ?? 'a') as Letter,
  }));
  const form = root.querySelector<HTMLFormElement>('form')!;
  const status = root.querySelector<HTMLElement>('.pl-status')!;
  const result = root.querySelector<HTMLElement>('.pl-result')!;
  const heading = result.querySelector<HTMLElement>('h2')!;

  let record: PlacementRecord = (() => {
    const raw = engine.get(PLACEMENT_KEY);
    const parsed = parseRecord(raw);
    if (parsed) return parsed;
    if (raw !== null) quarantine(engine, 'placement', raw, new Date());
    return emptyRecord();
  })();
  const save = (next: PlacementRecord) => {
    record = next;
    engine.set(PLACEMENT_KEY, JSON.stringify(next));
  };

  for (const li of items)
    for (const input of li.querySelectorAll<HTMLInputElement>('input'))
      input.checked = record.answers[li.dataset.question ?? ''] === input.value;

  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const id = input.closest<HTMLElement>('[data-question]')?.dataset.question;
    if (!id || !input.checked) return;
    save({
      ...record,
      answers: { ...record.answers, [id]: input.value as Letter },
      updatedAt: new Date().toISOString(),
    });
    status.textContent = '';
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const missing = unanswered(keys, record);
    if (missing.length) {
      status.textContent = T.missing(missing);
      items[missing[0] - 1].querySelector('input')?.focus();
      return;
    }
    const at = new Date().toISOString();
    save({ ...record, submittedAt: at, updatedAt: at });
    show();
    heading.focus();
  });

  result.querySelector('.pl-again')!.addEventListener('click', () => {
    save({ ...emptyRecord(), updatedAt: new Date().toISOString() });
    for (const input of form.querySelectorAll<HTMLInputElement>('input')) input.checked = false;
    for (const li of items) li.querySelector<HTMLElement>('.pl-review')!.hidden = true;
    result.hidden = true;
    status.textContent = '';
    items[0].querySelector('input')?.focus();
  });

  function show() {
    const r = score(
      keys,
      record,
      MODULES.map((m) => m.id),
    );
    const rows = new Map(
      [...result.querySelectorAll<HTMLElement>('tr[data-module]')].map((tr) => [
        tr.dataset.module!,
        tr,
      ]),
    );
    for (const m of r.modules) {
      const tr = rows.get(m.module);
      if (!tr) continue;
      tr.querySelector('.pl-count')!.textContent = T.count(m.correct, m.total);
      tr.querySelector('.pl-level')!.textContent = T.levels[m.level];
    }
    result.querySelector('.pl-summary')!.textContent =
      T.summary(r.correct, r.total) +
      (record.submittedAt && !engine.notice() ? T.saved(chineseDate(record.submittedAt)) : '') +
      (engine.notice() ? T.memory : '');
    const start = result.querySelector<HTMLElement>('.pl-start')!;
    const row = r.start ? rows.get(r.start) : undefined;
    if (row) {
      const link = document.createElement('a');
      link.href = row.dataset.href!;
      link.textContent = T.startLink(row.dataset.label!);
      start.replaceChildren(T.start(row.dataset.label!), link);
    } else start.textContent = T.allSkim;

    items.forEach((li, i) => {
      const chosen = record.answers[keys[i].id];
      li.querySelector('.pl-verdict')!.textContent =
        chosen === keys[i].best ? T.right : T.wrong(chosen?.toUpperCase() ?? '');
      li.querySelector<HTMLElement>('.pl-review')!.hidden = false;
    });
    result.hidden = false;
  }

  if (record.submittedAt && unanswered(keys, record).length === 0) show();
}

/** 入门自测 on the 学习进度 page (PlacementSummary.astro): the saved result, or nothing yet. */
import { openBrowserStorage } from '../../exercises/core/storage';
import { MODULES } from '../course/modules.mjs';
import { chineseDate } from '../quiz/strings';
import { parseRecord, PLACEMENT_KEY, score, unanswered, type Letter, type Level } from './key';
import { PLACEMENT_TEXT as T } from './strings';

const root = document.querySelector<HTMLElement>('[data-placement-summary]');
if (root) show(root);

function show(root: HTMLElement) {
  const keys = (root.dataset.placementSummary ?? '')
    .split(' ')
    .filter(Boolean)
    .map((k) => {
      const [id, module, best] = k.split(':');
      return { id, module, best: best as Letter };
    });
  const record = parseRecord(openBrowserStorage().get(PLACEMENT_KEY));
  if (!record?.submittedAt || unanswered(keys, record).length) return;
  const r = score(
    keys,
    record,
    MODULES.map((m) => m.id),
  );
  const label = (id: string) => MODULES.find((m) => m.id === id)?.label ?? id;
  root.querySelector<HTMLElement>('[data-pl-when]')!.textContent =
    `${chineseDate(record.submittedAt)}：${T.summary(r.correct, r.total)}` +
    (r.start ? T.start(label(r.start)).replace(/：$/, '。') : T.allSkim);
  const list = root.querySelector<HTMLElement>('[data-pl-levels]')!;
  for (const level of ['read', 'review', 'skim'] as Level[]) {
    const modules = r.modules.filter((m) => m.level === level);
    if (!modules.length) continue;
    const li = document.createElement('li');
    li.textContent = `${T.levels[level]}：${modules.map((m) => label(m.module)).join('、')}`;
    list.append(li);
  }
  root.querySelector<HTMLElement>('[data-pl-none]')!.hidden = true;
  root.querySelector<HTMLElement>('[data-pl-done]')!.hidden = false;
}

/**
 * The 学习进度 page: fills the module bars, the worksheet list and the quiz results from
 * storage, and runs 备份全部数据 / 恢复备份 (check the whole file, show what would change,
 * write only after 确认恢复). Follows other tabs through the `storage` event.
 */
import { downloadText } from '../../exercises/core/ui/browser';
import { KEY_PREFIX, openBrowserStorage } from '../../exercises/core/storage';
import { chineseDate } from '../quiz/strings';
import { parseQuizResult, quizKey, type Score } from '../quiz/model';
import type { RestorePlan } from './backup';
import { countRead } from './model';
import { createProgressStore } from './store';

const root = document.querySelector<HTMLElement>('[data-progress-page]');
if (root) setUp(root);

interface WorksheetLinkInfo {
  id: string;
  title: string;
  href: string;
}

function setUp(root: HTMLElement) {
  const engine = openBrowserStorage();
  const store = createProgressStore(engine);
  const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const message = $('[data-message]');
  const error = $('[data-error]');
  const planBox = $('[data-plan]');
  const fileInput = $<HTMLInputElement>('[data-restore]');
  let plan: RestorePlan | null = null;

  const notice = engine.notice();
  if (notice) {
    const n = $('.progress-notice');
    n.hidden = false;
    n.textContent =
      notice.kind === 'full'
        ? '浏览器的存储空间已满：新的记录只保存在本页打开期间。请先备份全部数据。'
        : '浏览器不允许保存数据（可能是隐私模式）：这里的记录只在本页打开期间有效。';
  }

  function renderModules() {
    const pages = store.pages();
    let all = 0;
    for (const li of root.querySelectorAll<HTMLElement>('[data-module]')) {
      const paths = (li.dataset.pages ?? '').split(' ').filter(Boolean);
      const n = countRead(pages, paths);
      all += n;
      li.querySelector('[data-read]')!.textContent = String(n);
      const bar = li.querySelector('progress')!;
      bar.value = n;
      bar.textContent = `${n}/${paths.length}`;
    }
    $('[data-total-read]').textContent = String(all);
  }

  function renderWorksheets() {
    const list = $('[data-worksheets]');
    const infos = JSON.parse(list.dataset.worksheets ?? '[]') as WorksheetLinkInfo[];
    const items: HTMLElement[] = [];
    for (const info of infos) {
      const prefix = `${KEY_PREFIX}default:${info.id}:`;
      const ids = engine
        .keys()
        .filter((k) => k.startsWith(`${prefix}doc:`))
        .map((k) => k.slice(prefix.length + 4));
      let order: string[] = [];
      try {
        const index = JSON.parse(engine.get(`${prefix}index`) ?? '[]');
        if (Array.isArray(index)) order = index.filter((x) => typeof x === 'string');
      } catch {
        // The worksheet page sets an unreadable index aside; list the documents anyway.
      }
      const sorted = [
        ...order.filter((id) => ids.includes(id)),
        ...ids.filter((id) => !order.includes(id)),
      ];
      for (const id of sorted) {
        let doc: { title?: unknown; updatedAt?: unknown } = {};
        try {
          doc = JSON.parse(engine.get(`${prefix}doc:${id}`) ?? '{}');
        } catch {
          // Unreadable: still listed, the worksheet page explains and offers its raw export.
        }
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = info.href;
        a.textContent = `${info.title}：${typeof doc.title === 'string' ? doc.title : '（无法读取的文档）'}`;
        // Open this very document: the worksheet opens the one it had open last.
        a.addEventListener('click', () => {
          try {
            const meta = JSON.parse(engine.get(`${prefix}meta`) ?? '{}');
            engine.set(`${prefix}meta`, JSON.stringify({ exported: {}, ...meta, lastOpened: id }));
          } catch {
            engine.set(`${prefix}meta`, JSON.stringify({ exported: {}, lastOpened: id }));
          }
        });
        li.append(a);
        if (typeof doc.updatedAt === 'string' && chineseDate(doc.updatedAt))
          li.append(`（${chineseDate(doc.updatedAt)} 更新）`);
        items.push(li);
      }
    }
    list.replaceChildren(...items);
    $('[data-worksheets-empty]').hidden = items.length > 0;
  }

  function renderQuizzes() {
    const fmt = (s: Score | undefined) =>
      s ? `${s.correct}/${s.total}（${chineseDate(s.at)}）` : '—';
    for (const row of root.querySelectorAll<HTMLElement>('[data-quiz-module]')) {
      const result = parseQuizResult(engine.get(quizKey(row.dataset.quizModule ?? '')));
      const checked = result?.checked.length ?? 0;
      row.querySelector('[data-last]')!.textContent = result?.last
        ? fmt(result.last)
        : checked > 0
          ? `作答中（已核对 ${checked} 题）`
          : '未完成';
      row.querySelector('[data-best]')!.textContent = fmt(result?.best);
    }
  }

  function renderAll() {
    renderModules();
    renderWorksheets();
    renderQuizzes();
  }

  // Backup and restore read every worksheet's schema: that code loads on first use. If it
  // cannot load (the connection dropped, the site was updated), say so and change nothing.
  const loadBackup = async () => {
    try {
      return await import('./backup');
    } catch {
      message.textContent = '';
      error.textContent = '备份功能没能加载，请检查网络后刷新页面再试。本机数据没有任何改动。';
      return null;
    }
  };

  $('[data-backup]').addEventListener('click', async () => {
    const backup = await loadBackup();
    if (!backup) return;
    const { backupFileName, collectBackup } = backup;
    const now = new Date();
    const file = collectBackup(engine, now);
    downloadText({
      filename: backupFileName(now),
      text: `${JSON.stringify(file, null, 2)}\n`,
      mimeType: 'application/json',
    });
    const n = Object.keys(file.items).length;
    error.textContent = '';
    message.textContent = `已导出 ${n} 项数据。请把文件保存在安全的地方。`;
  });

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    message.textContent = '';
    error.textContent = '';
    planBox.hidden = true;
    let text: string;
    try {
      text = await file.text();
    } catch {
      error.textContent = '无法读取这个文件。本机数据没有任何改动。';
      return;
    }
    const backup = await loadBackup();
    if (!backup) return;
    const { parseBackup, planRestore, snapshot, describeSummary } = backup;
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      error.textContent = parsed.message;
      return;
    }
    plan = planRestore(snapshot(engine), parsed.file, { now: new Date(), random: Math.random });
    if (Object.keys(plan.writes).length === 0) {
      message.textContent = `这份备份中的内容本机都已有，无需恢复。${describeSummary(plan.summary)}`;
      plan = null;
      return;
    }
    $('[data-plan-text]').textContent =
      `恢复这份备份（${chineseDate(parsed.file.exportedAt)} 导出）将会：${describeSummary(plan.summary)}`;
    planBox.hidden = false;
    $('[data-plan-confirm]').focus();
  });

  $('[data-plan-confirm]').addEventListener('click', async () => {
    const backup = await loadBackup();
    if (!backup || !plan) return;
    const { describeSummary } = backup;
    for (const [key, value] of Object.entries(plan.writes)) engine.set(key, value);
    message.textContent = `恢复完成：${describeSummary(plan.summary)}`;
    plan = null;
    planBox.hidden = true;
    renderAll();
    fileInput.focus();
  });

  $('[data-plan-cancel]').addEventListener('click', () => {
    plan = null;
    planBox.hidden = true;
    message.textContent = '已取消，本机数据没有任何改动。';
    fileInput.focus();
  });

  addEventListener('storage', (event) => {
    if (engine.notice() || (event.key !== null && !event.key.startsWith(KEY_PREFIX))) return;
    renderAll();
  });

  renderAll();
}

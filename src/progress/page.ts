/**
 * The 学习进度 page: fills the module bars, the worksheet list and the quiz results from
 * storage, and runs 备份全部数据 / 恢复备份 (check the file, show what would change and what
 * cannot be restored, write only after 确认恢复, then read back what was stored). Each part
 * of the page is drawn on its own: one unreadable record cannot blank the others. Follows
 * other tabs through the `storage` event.
 */
import { downloadText } from '../../exercises/core/ui/browser';
import {
  createLocalStorageEngine,
  KEY_PREFIX,
  openBrowserStorage,
} from '../../exercises/core/storage';
import { chineseDate } from '../quiz/strings';
import { parseQuizResult, quizKey, type Score } from '../quiz/model';
import type { BackupFile, RestorePlan } from './backup';
import { renderChecklist } from './checklist';
import { completion, readCourseState, type CourseRequirements } from './completion';
import { countRead } from './model';
import { pageLink, siteBase } from '../course/base';
import { createProgressStore } from './store';
import { isRecord, readJson } from '../../exercises/core/json';

const BASE = siteBase().replace(/\/+$/, '');
const withBase = (path: string) => pageLink(`${BASE}${path}`);

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
  const skippedBox = $('[data-skipped]');
  const failedBox = $('[data-failed]');
  let plan: RestorePlan | null = null;
  /** The backup being restored: kept until it is fully stored, for 再试一次. */
  let pending: BackupFile | null = null;
  /** Raw items shown as skipped, and items not stored, for their download buttons. */
  let skippedRaw: Record<string, string> = {};
  let failedItems: Record<string, string> = {};

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
      // The worksheet page sets an unreadable index aside; list the documents anyway.
      const index = readJson(engine.get(`${prefix}index`));
      const order = Array.isArray(index) ? index.filter((x) => typeof x === 'string') : [];
      const sorted = [
        ...order.filter((id) => ids.includes(id)),
        ...ids.filter((id) => !order.includes(id)),
      ];
      for (const id of sorted) items.push(worksheetItem(info, prefix, id));
    }
    list.replaceChildren(...items);
    $('[data-worksheets-empty]').hidden = items.length > 0;
  }

  /** One document in the list; an unreadable one is still listed (its page explains). */
  function worksheetItem(info: WorksheetLinkInfo, prefix: string, id: string) {
    const doc = readJson(engine.get(`${prefix}doc:${id}`));
    const title = isRecord(doc) && typeof doc.title === 'string' ? doc.title : null;
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = info.href;
    a.textContent = `${info.title}：${title ?? '（无法读取的文档）'}`;
    // Open this very document: the worksheet opens the one it had open last.
    a.addEventListener('click', () => {
      const meta = readJson(engine.get(`${prefix}meta`));
      engine.set(
        `${prefix}meta`,
        JSON.stringify({ exported: {}, ...(isRecord(meta) ? meta : {}), lastOpened: id }),
      );
    });
    li.append(a);
    const updated = isRecord(doc) && typeof doc.updatedAt === 'string' ? doc.updatedAt : '';
    if (title !== null && updated && chineseDate(updated))
      li.append(`（${chineseDate(updated)} 更新）`);
    return li;
  }

  /** The 结业条件 checklist: what completing the course asks for and what is left. */
  function renderCompletion() {
    const box = $('[data-completion]');
    const req = JSON.parse(box.dataset.requirements ?? '') as CourseRequirements;
    renderChecklist(box, completion(req, readCourseState(engine, req)), withBase);
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

  /** Draw one part of the page; if it fails, say so there and leave the others be. */
  function draw(part: string, render: () => void) {
    const problem = root.querySelector<HTMLElement>(`[data-part-error="${part}"]`);
    try {
      render();
      if (problem) problem.hidden = true;
    } catch (e) {
      console.error(e);
      if (problem) problem.hidden = false;
    }
  }

  function renderAll() {
    draw('completion', renderCompletion);
    draw('reading', renderModules);
    draw('worksheets', renderWorksheets);
    draw('quizzes', renderQuizzes);
  }

  /** Fill a list with `what：why` lines. */
  function fillList(list: HTMLElement, lines: string[]) {
    list.replaceChildren(
      ...lines.map((line) => {
        const li = document.createElement('li');
        li.textContent = line;
        return li;
      }),
    );
  }

  /** Save a backup file (the whole backup, or the skipped or unsaved items of a restore). */
  function download(file: BackupFile, part: string, name: (now: Date, part: string) => string) {
    downloadText({
      filename: name(new Date(file.exportedAt), part),
      text: `${JSON.stringify(file, null, 2)}\n`,
      mimeType: 'application/json',
    });
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
    const file = backup.collectBackup(engine, new Date());
    download(file, '', backup.backupFileName);
    const aside = Object.keys(file.unreadable ?? {}).length;
    error.textContent = '';
    message.textContent = backup.BACKUP_TEXT.exported(
      Object.keys(file.items).length + aside,
      aside,
    );
  });

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    message.textContent = '';
    error.textContent = '';
    planBox.hidden = true;
    skippedBox.hidden = true;
    failedBox.hidden = true;
    plan = null;
    pending = null;
    skippedRaw = {};
    let text: string;
    try {
      text = await file.text();
    } catch {
      error.textContent = '无法读取这个文件。本机数据没有任何改动。';
      return;
    }
    const backup = await loadBackup();
    if (!backup) return;
    const { parseBackup, planRestore, snapshot, describeSummary, BACKUP_TEXT } = backup;
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      error.textContent = parsed.message;
      return;
    }
    skippedRaw = Object.fromEntries(parsed.skipped.map((s) => [s.key, s.raw]));
    if (parsed.skipped.length) {
      $('[data-skipped-text]').textContent = BACKUP_TEXT.skippedIntro(parsed.skipped.length);
      fillList(
        $('[data-skipped-list]'),
        parsed.skipped.map((s) => `${s.what}：${s.reason}`),
      );
      skippedBox.hidden = false;
    }
    plan = planRestore(snapshot(engine), parsed.file, { now: new Date(), random: Math.random });
    if (Object.keys(plan.writes).length === 0) {
      message.textContent = `这份备份中的内容本机都已有，无需恢复。${describeSummary(plan.summary)}`;
      plan = null;
      return;
    }
    pending = parsed.file;
    $('[data-plan-text]').textContent =
      `恢复这份备份（${chineseDate(parsed.file.exportedAt)} 导出）将会：${describeSummary(plan.summary)}`;
    planBox.hidden = false;
    $('[data-plan-confirm]').focus();
  });

  /**
   * Write the plan straight to localStorage (not through the page's engine, which would fall
   * back to memory when storage is full and so seem to succeed), read every item back and
   * report what was not stored. Blocked storage: the page works in memory, and says so.
   */
  async function restore(current: RestorePlan) {
    const backup = await loadBackup();
    if (!backup) return;
    const { applyRestore, describeSummary, BACKUP_TEXT } = backup;
    const local = createLocalStorageEngine();
    const target = local ?? (engine.notice()?.kind === 'blocked' ? engine : null);
    const outcome = applyRestore(current, target);
    // A page already working in memory shows what it now has in storage.
    if (target !== engine && engine.kind === 'memory')
      for (const key of outcome.stored) engine.set(key, current.writes[key] ?? '');
    plan = null;
    planBox.hidden = true;
    renderAll();
    const skipped = Object.keys(skippedRaw).length;
    if (outcome.failed.length === 0) {
      pending = null;
      failedBox.hidden = true;
      error.textContent = '';
      message.textContent = `恢复完成：${describeSummary(current.summary)}${
        skipped ? BACKUP_TEXT.restoredSkipped(skipped) : ''
      }`;
      fileInput.focus();
      return;
    }
    failedItems = Object.fromEntries(outcome.failed.map((f) => [f.key, f.value]));
    fillList(
      $('[data-failed-list]'),
      outcome.failed.map((f) => f.what),
    );
    message.textContent = '';
    // Indexes only order the documents: not counted as items of their own.
    const stored = outcome.stored.filter((k) => backup.worksheetKey(k)?.kind !== 'index');
    error.textContent = BACKUP_TEXT.notStored(outcome.failed.length, stored.length);
    failedBox.hidden = false;
    $('[data-retry]').focus();
  }

  $('[data-plan-confirm]').addEventListener('click', () => {
    if (plan) void restore(plan);
  });

  $('[data-retry]').addEventListener('click', async () => {
    const backup = await loadBackup();
    if (!backup || !pending) return;
    const next = backup.planRestore(backup.snapshot(engine), pending, {
      now: new Date(),
      random: Math.random,
    });
    void restore(next);
  });

  $('[data-skipped-save]').addEventListener('click', async () => {
    const backup = await loadBackup();
    if (backup)
      download(backup.backupOf({}, skippedRaw, new Date()), 'skipped', backup.backupFileName);
  });

  $('[data-failed-save]').addEventListener('click', async () => {
    const backup = await loadBackup();
    if (backup)
      download(backup.backupOf(failedItems, {}, new Date()), 'not-stored', backup.backupFileName);
  });

  $('[data-plan-cancel]').addEventListener('click', () => {
    plan = null;
    pending = null;
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

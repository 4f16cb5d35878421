/**
 * 备份全部数据 / 恢复备份: everything the site keeps in this browser (reading progress,
 * worksheets, knowledge-check results — every key under the project prefix) as one JSON file,
 * and the rules for merging such a file back in.
 *
 * A backup the site writes always restores. Items this browser cannot read when the backup is
 * made (damaged, or written by a newer version of the site) go verbatim into the file's own
 * `unreadable` section. On restore every item of both sections is checked (its shape, then
 * each item we know how to read: progress, last position, quiz results, worksheet documents):
 * the valid ones are restored, the others are listed as skipped, with why, and can be saved
 * as a file. Only a file that is not a backup at all (not JSON, another format, a newer
 * format version) is refused as a whole. After writing, each item is read back: what the
 * browser did not store (storage full) is reported item by item, and can be tried again.
 *
 * Merge rules (nothing is overwritten silently; the reader sees a summary before confirming):
 *   - reading progress: page by page, the newer mark wins;
 *   - last position (继续阅读): the newer one wins;
 *   - knowledge-check results: the newer attempt wins, the best score of both is kept;
 *   - worksheet documents: never overwritten. A document this browser does not have is added;
 *     one that differs from the local document with the same id is added as a copy
 *     (title + 「（备份）」), unless a local document of that worksheet already has the same
 *     title and content;
 *   - anything else (worksheet settings, data kept aside as unreadable, unknown keys): added
 *     when missing here, otherwise the local value is kept.
 */
import * as v from 'valibot';
import { createId, type ExerciseDefinition } from '../../exercises/core/document';
import { readDocument } from '../../exercises/core/read-document';
import { KEY_PREFIX, type StorageEngine } from '../../exercises/core/storage';
import { byteLength } from '../../exercises/core/text';
import { loadDefinition, WORKSHEETS } from '../../exercises/registry';
import { FINAL_ID } from '../quiz/final-ref';
import { mergeQuizResults, QUIZ_PREFIX, QUIZ_VERSION, quizKey, toQuizResult } from '../quiz/model';
import { parseRecord, PLACEMENT_KEY } from '../placement/key';
import {
  isSitePath,
  LAST_KEY,
  PAGES_KEY,
  parseLast,
  parseProgress,
  QUARANTINE_PREFIX,
} from './model';
import { isNewer, mergeProgress } from './merge';
import { isRecord, readJson } from '../../exercises/core/json';

export const BACKUP_FORMAT = 'smc-backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;
const PROBE_KEY = `${KEY_PREFIX}probe`;

/**
 * The schema of every worksheet in the registry, by id: a worksheet's documents are checked on
 * restore as soon as it is registered. Loaded with this module (which the 学习进度 page loads
 * on demand), so the page itself carries no schema.
 */
const DEFINITIONS: Record<string, ExerciseDefinition<unknown>> = Object.fromEntries(
  await Promise.all(WORKSHEETS.map(async (w) => [w.id, await loadDefinition(w)] as const)),
);

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  items: Record<string, string>;
  /**
   * Items that could not be read when the file was written (damaged, or from a newer version
   * of the site), verbatim. Restoring checks them again: a later version may read them.
   */
  unreadable?: Record<string, string>;
}

// Items are checked one by one below (a bad one is skipped, never the whole file).
const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.number(),
  exportedAt: v.string(),
  items: v.record(v.string(), v.unknown()),
  unreadable: v.optional(v.record(v.string(), v.unknown())),
});

/** An item of a backup that is not restored, and why. */
export interface SkippedItem {
  key: string;
  /** The item exactly as in the file (its JSON text when it is not text). */
  raw: string;
  /** What it is, e.g. 练习文档「周计划」. */
  what: string;
  /** Why it is not restored. */
  reason: string;
}

/** An item of a restore that the browser did not store. */
export interface FailedItem {
  key: string;
  value: string;
  what: string;
}

export const BACKUP_TEXT = {
  tooLarge: (mb: string) => `文件太大（${mb} MB），不像是本站的备份文件。本机数据没有任何改动。`,
  notJson: '文件不完整或不是 JSON（可能在下载或手工编辑时被截断）。本机数据没有任何改动。',
  notBackup: '这不是本站“备份全部数据”导出的文件。本机数据没有任何改动。',
  newer: (version: number) =>
    `这份备份来自更新版本的网站（格式版本 ${version}），本页无法读取。本机数据没有任何改动。`,
  what: {
    pages: '阅读进度',
    last: '“继续阅读”位置',
    quiz: (m: string) => `知识自测成绩（${m}）`,
    final: '综合测验成绩',
    placement: '入门自测的答案',
    doc: (title: string) => `练习文档「${title}」`,
    index: '练习文档目录',
    meta: '练习设置',
    aside: '此前无法读取而另存的数据',
    other: (key: string) => `数据项 ${key}`,
  },
  unreadable: '内容无法解析（可能被截断或手工改坏）。',
  newerItem: '来自更新版本的网站，本页无法读取。',
  notOurs: '不是本站的数据。',
  notText: '内容不是文本，无法解析。',
  badPath: '指向的不是本站的页面。',
  wrongId: '文档编号与位置不符。',
  duplicate: '备份中这一项出现了两次，已恢复正常部分中的那一份。',
  copySuffix: '（备份）',
  exported: (n: number, aside: number) =>
    `已导出 ${n} 项数据。${
      aside
        ? `其中 ${aside} 项本机无法读取（已损坏或来自更新版本的网站），已原样保存在备份文件的单独部分。`
        : ''
    }请把文件保存在安全的地方。`,
  skippedIntro: (n: number) =>
    `备份中有 ${n} 项无法恢复，恢复时跳过（本机数据不受影响）。可以把它们原样下载保存：`,
  restoredSkipped: (n: number) => `另有 ${n} 项无法恢复，见下方列表。`,
  notStored: (n: number, stored: number) =>
    `浏览器的存储空间不足：${n} 项没有保存（见下方列表）${
      stored ? `，其余 ${stored} 项已恢复并核对无误` : ''
    }。备份中的数据仍保留在本页：清理存储空间（例如删除不再需要的练习文档）后点“再试一次”，或先“下载没有保存的数据”。`,
};

/** One key of a worksheet store: `smc:v1:<ns>:<exercise>:<rest>` (a workshop's ns is `ws.<code>`). */
export function worksheetKey(key: string) {
  const m = /^smc:v1:([a-z0-9_.-]+):([a-z0-9-]+):(index|meta|doc:(.+)|quarantine:.+)$/.exec(key);
  if (!m || !DEFINITIONS[m[2]]) return null;
  const kind = m[3] === 'index' || m[3] === 'meta' ? m[3] : m[4] ? 'doc' : 'quarantine';
  return {
    namespace: m[1],
    exercise: m[2],
    kind: kind as 'index' | 'meta' | 'doc' | 'quarantine',
    id: m[4],
  };
}

/**
 * Everything under the project prefix, as a backup file: what this browser can read in
 * `items`, the rest verbatim in `unreadable`, so the file always restores.
 */
export function collectBackup(engine: StorageEngine, now: Date): BackupFile {
  const items: Record<string, string> = {};
  const unreadable: Record<string, string> = {};
  for (const key of engine.keys().sort()) {
    if (!key.startsWith(KEY_PREFIX) || key === PROBE_KEY) continue;
    const value = engine.get(key);
    if (value === null) continue;
    if (itemProblem(key, value)) unreadable[key] = value;
    else items[key] = value;
  }
  return backupOf(items, unreadable, now);
}

/** A backup file holding these items (for the skipped or unsaved items of a restore, too). */
export function backupOf(
  items: Record<string, string>,
  unreadable: Record<string, string>,
  now: Date,
): BackupFile {
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    items,
  };
  if (Object.keys(unreadable).length) file.unreadable = unreadable;
  return file;
}

/** `smc-backup-2026-11-02.json`, or `smc-backup-<part>-2026-11-02.json`. */
export function backupFileName(now: Date, part = ''): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
  return `smc-backup-${part ? `${part}-` : ''}${day}.json`;
}

/** What an item is, in Chinese, for lists of skipped or unsaved items. */
export function itemLabel(key: string, raw: string): string {
  const W = BACKUP_TEXT.what;
  if (key === PAGES_KEY) return W.pages;
  if (key === LAST_KEY) return W.last;
  if (key === quizKey(FINAL_ID)) return W.final;
  if (key.startsWith(QUIZ_PREFIX)) return W.quiz(key.slice(QUIZ_PREFIX.length));
  if (key === PLACEMENT_KEY) return W.placement;
  if (key.startsWith(QUARANTINE_PREFIX)) return W.aside;
  const ws = worksheetKey(key);
  if (!ws) return W.other(key);
  if (ws.kind === 'doc') {
    const value = readJson(raw);
    const title = isRecord(value) && typeof value.title === 'string' ? value.title : '';
    return W.doc(title.trim() || (ws.id ?? ''));
  }
  return ws.kind === 'index' ? W.index : ws.kind === 'meta' ? W.meta : W.aside;
}

/**
 * Why an item cannot be restored (Chinese), or null when it can. Kinds we do not read
 * (settings, data kept aside, keys of a later version) are kept as they are.
 */
function itemProblem(key: string, raw: string): string | null {
  const T = BACKUP_TEXT;
  const newerOr = (reason: 'unreadable' | 'newer') =>
    reason === 'newer' ? T.newerItem : T.unreadable;
  if (key === PAGES_KEY) {
    const parsed = parseProgress(raw);
    return parsed.ok ? null : newerOr(parsed.reason);
  }
  if (key === LAST_KEY) {
    const parsed = parseLast(raw);
    if (parsed.ok) return null;
    const value = readJson(raw);
    if (parsed.reason === 'unreadable' && isRecord(value) && !isSitePath(value.path))
      return T.badPath;
    return newerOr(parsed.reason);
  }
  if (key === PLACEMENT_KEY) return parseRecord(raw) ? null : T.unreadable;
  if (key.startsWith(QUIZ_PREFIX)) {
    const value = readJson(raw);
    if (toQuizResult(value)) return null;
    const newer = isRecord(value) && typeof value.v === 'number' && value.v > QUIZ_VERSION;
    return newer ? T.newerItem : T.unreadable;
  }
  const ws = worksheetKey(key);
  if (ws?.kind === 'index') {
    const ids = readJson(raw);
    return Array.isArray(ids) && ids.every((x) => typeof x === 'string') ? null : T.unreadable;
  }
  if (ws?.kind === 'doc') {
    const value = readJson(raw);
    if (value === undefined) return T.unreadable;
    const read = readDocument(DEFINITIONS[ws.exercise], value);
    if (!read.ok) return read.message;
    if (read.doc.id !== ws.id) return T.wrongId;
  }
  return null;
}

export type ParsedBackup =
  { ok: true; file: BackupFile; skipped: SkippedItem[] } | { ok: false; message: string };

/**
 * Read and check a backup file's text. Refused as a whole only when it is not a backup of a
 * format we know; otherwise `file.items` holds every valid item (of both sections) and
 * `skipped` every other one, with why.
 */
export function parseBackup(text: string): ParsedBackup {
  const size = byteLength(text);
  if (size > MAX_BACKUP_BYTES)
    return { ok: false, message: BACKUP_TEXT.tooLarge((size / 1024 / 1024).toFixed(1)) };
  const value = readJson(text.replace(/^\uFEFF/, ''));
  if (value === undefined) return { ok: false, message: BACKUP_TEXT.notJson };
  const result = v.safeParse(BackupSchema, value);
  if (!result.success) return { ok: false, message: BACKUP_TEXT.notBackup };
  const file = result.output;
  if (file.version > BACKUP_VERSION) return { ok: false, message: BACKUP_TEXT.newer(file.version) };
  if (file.version !== BACKUP_VERSION) return { ok: false, message: BACKUP_TEXT.notBackup };
  const items: Record<string, string> = {};
  const skipped: SkippedItem[] = [];
  const consider = (key: string, value: unknown, aside: boolean) => {
    const raw = typeof value === 'string' ? value : JSON.stringify(value);
    const skip = (reason: string) => skipped.push({ key, raw, what: itemLabel(key, raw), reason });
    if (!key.startsWith(KEY_PREFIX)) return skip(BACKUP_TEXT.notOurs);
    if (typeof value !== 'string') return skip(BACKUP_TEXT.notText);
    const problem = itemProblem(key, value);
    if (problem) return skip(problem);
    if (aside && Object.hasOwn(items, key)) return skip(BACKUP_TEXT.duplicate);
    items[key] = value;
  };
  for (const [key, value] of Object.entries(file.items)) consider(key, value, false);
  for (const [key, value] of Object.entries(file.unreadable ?? {})) consider(key, value, true);
  return {
    ok: true,
    file: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: file.exportedAt, items },
    skipped,
  };
}

export interface RestoreSummary {
  /** Items this browser did not have. */
  added: number;
  /** Items where the backup was newer (progress pages, last position, quiz results). */
  updated: number;
  /** Worksheet documents that differed from the local one: added as copies. */
  copies: number;
  /** Items identical here, or where this browser's version is newer or kept. */
  unchanged: number;
}

export interface RestorePlan {
  /** Keys to write, with their new values. */
  writes: Record<string, string>;
  summary: RestoreSummary;
}

/** Same title and content (ids and dates aside; a copy made by an earlier restore counts). */
function sameDocument(x: unknown, y: unknown): boolean {
  if (!isRecord(x) || !isRecord(y)) return false;
  const titles = [y.title, `${String(y.title)}${BACKUP_TEXT.copySuffix}`];
  return titles.includes(x.title) && JSON.stringify(x.data) === JSON.stringify(y.data);
}

/**
 * What restoring `file` into a browser holding `local` would write, by the rules above.
 * `now` and `random` name the copies of conflicting worksheet documents.
 */
export function planRestore(
  local: Readonly<Record<string, string>>,
  file: BackupFile,
  options: { now: Date; random: () => number },
): RestorePlan {
  const writes: Record<string, string> = {};
  const summary: RestoreSummary = { added: 0, updated: 0, copies: 0, unchanged: 0 };
  const current = (key: string) => writes[key] ?? local[key];
  /** Document ids to append to a worksheet index, by index key. */
  const newIds = new Map<string, string[]>();
  const addToIndex = (indexKey: string, id: string) =>
    newIds.set(indexKey, [...(newIds.get(indexKey) ?? []), id]);

  for (const [key, raw] of Object.entries(file.items)) {
    const mine = local[key];
    if (key === PAGES_KEY) {
      const incoming = parseProgress(raw);
      const here = parseProgress(mine ?? null);
      if (!incoming.ok) continue;
      if (!here.ok) {
        // This browser's copy is unreadable (the page keeps it aside): take the backup's.
        writes[key] = raw;
        summary.updated += Object.keys(incoming.value.pages).length;
        continue;
      }
      const merged = mergeProgress(here.value, incoming.value);
      summary.added += merged.added;
      summary.updated += merged.updated;
      summary.unchanged += Object.keys(incoming.value.pages).length - merged.added - merged.updated;
      if (merged.added + merged.updated > 0) writes[key] = JSON.stringify(merged.state);
      continue;
    }
    if (mine === undefined) {
      writes[key] = raw;
      const ws = worksheetKey(key);
      if (ws?.kind === 'doc')
        addToIndex(`${KEY_PREFIX}${ws.namespace}:${ws.exercise}:index`, ws.id!);
      if (ws?.kind !== 'index') summary.added++;
      continue;
    }
    if (mine === raw) {
      if (!worksheetKey(key) || worksheetKey(key)?.kind !== 'index') summary.unchanged++;
      continue;
    }
    if (key === LAST_KEY) {
      const a = parseLast(mine);
      const b = parseLast(raw);
      if (b.ok && b.value && (!a.ok || !a.value || isNewer(b.value.at, a.value.at))) {
        writes[key] = raw;
        summary.updated++;
      } else summary.unchanged++;
      continue;
    }
    if (key.startsWith(QUIZ_PREFIX)) {
      const a = toQuizResult(readJson(mine));
      const b = toQuizResult(readJson(raw));
      if (!b) continue;
      const merged = a ? mergeQuizResults(a, b) : b;
      const text = JSON.stringify(merged);
      if (a && JSON.stringify(a) === text) summary.unchanged++;
      else {
        writes[key] = text;
        summary.updated++;
      }
      continue;
    }
    const ws = worksheetKey(key);
    if (ws?.kind === 'doc') {
      const incoming = readJson(raw);
      // Checked by parseBackup; a file that skipped it is not planned blindly.
      if (!isRecord(incoming)) continue;
      const prefix = `${KEY_PREFIX}${ws.namespace}:${ws.exercise}:doc:`;
      const duplicate = Object.keys({ ...local, ...writes })
        .filter((k) => k.startsWith(prefix))
        .some((k) => sameDocument(readJson(current(k) ?? 'null'), incoming));
      if (duplicate) {
        summary.unchanged++;
        continue;
      }
      const id = createId(options.now, options.random);
      const copy = {
        ...incoming,
        id,
        title: `${String(incoming.title)}${BACKUP_TEXT.copySuffix}`,
      };
      writes[`${prefix}${id}`] = JSON.stringify(copy);
      addToIndex(`${KEY_PREFIX}${ws.namespace}:${ws.exercise}:index`, id);
      summary.copies++;
      continue;
    }
    // Index entries are rebuilt below; settings, quarantined data and unknown keys: keep ours.
    if (ws?.kind !== 'index') summary.unchanged++;
  }

  for (const [indexKey, ids] of newIds) {
    const here = readJson(current(indexKey) ?? '[]');
    const list = Array.isArray(here) ? here.filter((x): x is string => typeof x === 'string') : [];
    const fromBackup = readJson(file.items[indexKey] ?? '[]');
    const order = Array.isArray(fromBackup) ? fromBackup : [];
    // Backup order for documents that came from it, then any copies.
    const incoming = [
      ...order.filter((id): id is string => typeof id === 'string' && ids.includes(id)),
      ...ids.filter((id) => !order.includes(id)),
    ];
    writes[indexKey] = JSON.stringify([...list, ...incoming.filter((id) => !list.includes(id))]);
  }
  return { writes, summary };
}

export interface RestoreOutcome {
  /** Keys written and read back unchanged. */
  stored: string[];
  /** Items the browser did not keep (storage full or blocked), with their values. */
  failed: FailedItem[];
}

/**
 * Write a plan to `target` (an engine whose writes may throw; null when nothing can be
 * stored) and read every item back. Documents first, then each worksheet's index without the
 * documents that were not stored, so the index never lists a missing document.
 */
export function applyRestore(plan: RestorePlan, target: StorageEngine | null): RestoreOutcome {
  const stored: string[] = [];
  const failed: FailedItem[] = [];
  const write = (key: string, value: string) => {
    try {
      target?.set(key, value);
    } catch {
      // Checked just below, as every write is.
    }
    if (target?.get(key) === value) stored.push(key);
    else failed.push({ key, value, what: itemLabel(key, value) });
  };
  const entries = Object.entries(plan.writes);
  const isIndex = (key: string) => worksheetKey(key)?.kind === 'index';
  for (const [key, value] of entries) if (!isIndex(key)) write(key, value);
  const lost = new Set(failed.map((f) => f.key));
  for (const [key, value] of entries) {
    const ws = worksheetKey(key);
    if (ws?.kind !== 'index') continue;
    const prefix = `${KEY_PREFIX}${ws.namespace}:${ws.exercise}:doc:`;
    const ids = readJson(value);
    const list = Array.isArray(ids) ? ids.filter((id) => !lost.has(`${prefix}${String(id)}`)) : [];
    const text = JSON.stringify(list);
    // Nothing new to list (every new document of it was lost): leave the index as it is.
    const here = target?.get(key) ?? null;
    if (here === text || (here === null && list.length === 0)) continue;
    write(key, text);
  }
  return { stored, failed };
}

/** Every key under the prefix, as a plain object (for planning a restore). */
export function snapshot(engine: StorageEngine): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of engine.keys()) {
    if (!key.startsWith(KEY_PREFIX) || key === PROBE_KEY) continue;
    const value = engine.get(key);
    if (value !== null) out[key] = value;
  }
  return out;
}

/** One Chinese sentence for a plan, shown before and after restoring. */
export function describeSummary(s: RestoreSummary): string {
  const parts = [
    s.added && `新增 ${s.added} 项`,
    s.updated && `以备份中较新的内容更新 ${s.updated} 项`,
    s.copies && `${s.copies} 份练习文档与本机版本不同，作为副本加入（标题后加“（备份）”）`,
    s.unchanged && `${s.unchanged} 项与本机相同或本机较新，保持不变`,
  ].filter(Boolean);
  return parts.length ? `${parts.join('；')}。` : '备份中没有内容。';
}

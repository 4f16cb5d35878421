/**
 * 备份全部数据 / 恢复备份: everything the site keeps in this browser (reading progress,
 * worksheets, knowledge-check results — every key under the project prefix) as one JSON file,
 * and the rules for merging such a file back in.
 *
 * A file is checked in full before anything is written: its shape (valibot), then every item
 * we know how to read (progress, last position, quiz results, worksheet documents). One bad
 * item refuses the whole file with a Chinese message, and nothing changes.
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
import { channelPricingDefinition } from '../../exercises/channel-pricing/definition';
import { createId, type ExerciseDefinition } from '../../exercises/core/document';
import { readDocument } from '../../exercises/core/read-document';
import { KEY_PREFIX, type StorageEngine } from '../../exercises/core/storage';
import { byteLength } from '../../exercises/core/text';
import { smartGoalDefinition } from '../../exercises/smart-goal/definition';
import { swotDefinition } from '../../exercises/swot/definition';
import { mergeQuizResults, QUIZ_PREFIX, toQuizResult } from '../quiz/model';
import { LAST_KEY, PAGES_KEY, parseLast, parseProgress } from './model';
import { isNewer, mergeProgress } from './merge';

export const BACKUP_FORMAT = 'smc-backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;
const PROBE_KEY = `${KEY_PREFIX}probe`;

const DEFINITIONS: Record<string, ExerciseDefinition<unknown>> = Object.fromEntries(
  [smartGoalDefinition, swotDefinition, channelPricingDefinition].map((d) => [
    d.id,
    d as ExerciseDefinition<unknown>,
  ]),
);

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  items: Record<string, string>;
}

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.number(),
  exportedAt: v.string(),
  items: v.record(v.pipe(v.string(), v.startsWith(KEY_PREFIX)), v.string()),
});

export const BACKUP_TEXT = {
  tooLarge: (mb: string) => `文件太大（${mb} MB），不像是本站的备份文件。本机数据没有任何改动。`,
  notJson: '文件不完整或不是 JSON（可能在下载或手工编辑时被截断）。本机数据没有任何改动。',
  notBackup: '这不是本站“备份全部数据”导出的文件。本机数据没有任何改动。',
  newer: (version: number) =>
    `这份备份来自更新版本的网站（格式版本 ${version}），本页无法读取。本机数据没有任何改动。`,
  badItem: (what: string, detail: string) =>
    `备份中的${what}已损坏：${detail}本机数据没有任何改动。`,
  what: {
    pages: '阅读进度',
    last: '“继续阅读”位置',
    quiz: (m: string) => `知识自测成绩（${m}）`,
    doc: (title: string) => `练习文档「${title}」`,
    index: '练习文档目录',
  },
  unreadable: '内容无法解析。',
  copySuffix: '（备份）',
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

/** Everything under the project prefix, as a backup file. */
export function collectBackup(engine: StorageEngine, now: Date): BackupFile {
  const items: Record<string, string> = {};
  for (const key of engine.keys().sort()) {
    if (!key.startsWith(KEY_PREFIX) || key === PROBE_KEY) continue;
    const value = engine.get(key);
    if (value !== null) items[key] = value;
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), items };
}

export function backupFileName(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `smc-backup-${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}.json`;
}

const parseJson = (raw: string): unknown => {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
};

/** Why an item of a backup cannot be read, or null when it can (or is of a kind we keep as is). */
function itemProblem(key: string, raw: string): string | null {
  const bad = (what: string, detail = BACKUP_TEXT.unreadable) => BACKUP_TEXT.badItem(what, detail);
  if (key === PAGES_KEY) return parseProgress(raw).ok ? null : bad(BACKUP_TEXT.what.pages);
  if (key === LAST_KEY) return parseLast(raw).ok ? null : bad(BACKUP_TEXT.what.last);
  if (key.startsWith(QUIZ_PREFIX))
    return toQuizResult(parseJson(raw))
      ? null
      : bad(BACKUP_TEXT.what.quiz(key.slice(QUIZ_PREFIX.length)));
  const ws = worksheetKey(key);
  if (ws?.kind === 'index') {
    const ids = parseJson(raw);
    return Array.isArray(ids) && ids.every((x) => typeof x === 'string')
      ? null
      : bad(BACKUP_TEXT.what.index);
  }
  if (ws?.kind === 'doc') {
    const value = parseJson(raw);
    const title =
      typeof (value as { title?: unknown })?.title === 'string'
        ? (value as { title: string }).title
        : (ws.id ?? '');
    if (value === undefined) return bad(BACKUP_TEXT.what.doc(title));
    const read = readDocument(DEFINITIONS[ws.exercise], value);
    if (!read.ok) return bad(BACKUP_TEXT.what.doc(title), read.message);
    if (read.doc.id !== ws.id) return bad(BACKUP_TEXT.what.doc(title), '文档编号与位置不符。');
  }
  return null;
}

export type ParsedBackup = { ok: true; file: BackupFile } | { ok: false; message: string };

/** Read and check a backup file's text completely. */
export function parseBackup(text: string): ParsedBackup {
  const size = byteLength(text);
  if (size > MAX_BACKUP_BYTES)
    return { ok: false, message: BACKUP_TEXT.tooLarge((size / 1024 / 1024).toFixed(1)) };
  const value = parseJson(text.replace(/^\uFEFF/, ''));
  if (value === undefined) return { ok: false, message: BACKUP_TEXT.notJson };
  const result = v.safeParse(BackupSchema, value);
  if (!result.success) return { ok: false, message: BACKUP_TEXT.notBackup };
  const file = result.output;
  if (file.version > BACKUP_VERSION) return { ok: false, message: BACKUP_TEXT.newer(file.version) };
  if (file.version !== BACKUP_VERSION) return { ok: false, message: BACKUP_TEXT.notBackup };
  for (const [key, raw] of Object.entries(file.items)) {
    const problem = itemProblem(key, raw);
    if (problem) return { ok: false, message: problem };
  }
  return { ok: true, file: file as BackupFile };
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
function sameDocument(a: unknown, b: unknown): boolean {
  const x = a as { title?: unknown; data?: unknown };
  const y = b as { title?: unknown; data?: unknown };
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
      const a = toQuizResult(parseJson(mine));
      const b = toQuizResult(parseJson(raw));
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
      const incoming = parseJson(raw) as Record<string, unknown>;
      const prefix = `${KEY_PREFIX}${ws.namespace}:${ws.exercise}:doc:`;
      const duplicate = Object.keys({ ...local, ...writes })
        .filter((k) => k.startsWith(prefix))
        .some((k) => sameDocument(parseJson(current(k) ?? 'null'), incoming));
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
    const here = parseJson(current(indexKey) ?? '[]');
    const list = Array.isArray(here) ? here.filter((x): x is string => typeof x === 'string') : [];
    const fromBackup = parseJson(file.items[indexKey] ?? '[]');
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

/**
 * Three-way merge of a document edited in two tabs at once. `base` is what this tab last read
 * or wrote, `theirs` what another tab stored since, `mine` what this tab holds now. Where only
 * one side changed a value, that change wins; where both changed the same value differently,
 * the merge fails and the caller keeps both versions. Loaded only when another tab writes.
 *
 * Objects merge key by key. Lists of the same length merge place by place: an entry that
 * carries an `id` (the same on all three sides) merges inside, any other entry is one value
 * (a list that grew, shrank or was reordered on both sides is a conflict).
 */
import type { WorksheetDocument } from './document';

export type MergeResult<V> = { ok: true; value: V } | { ok: false };

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: Record<string, Json>, key: string): Json {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Deep equality of JSON values (key order ignored). */
export function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => sameJson(x, b[i]))
    );
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameJson(a[k], b[k]));
}

const idOf = (value: Json): unknown => (isRecord(value) ? own(value, 'id') : undefined);

function mergeAt(base: Json, theirs: Json, mine: Json, inside: boolean): MergeResult<Json> {
  if (sameJson(theirs, mine) || sameJson(base, theirs)) return { ok: true, value: mine };
  if (sameJson(base, mine)) return { ok: true, value: theirs };
  if (!inside) return { ok: false };
  if (isRecord(base) && isRecord(theirs) && isRecord(mine)) {
    const out: Record<string, Json> = {};
    const keys = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])];
    for (const key of keys) {
      const merged = mergeAt(own(base, key), own(theirs, key), own(mine, key), true);
      if (!merged.ok) return merged;
      // defineProperty: a key named __proto__ stays a plain key.
      if (merged.value !== undefined) {
        Object.defineProperty(out, key, {
          value: merged.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
    return { ok: true, value: out };
  }
  if (
    Array.isArray(base) &&
    Array.isArray(theirs) &&
    Array.isArray(mine) &&
    base.length === theirs.length &&
    base.length === mine.length
  ) {
    const out: Json[] = [];
    for (let i = 0; i < base.length; i++) {
      const id = idOf(base[i]);
      const sameEntry = id !== undefined && idOf(theirs[i]) === id && idOf(mine[i]) === id;
      const merged = mergeAt(base[i], theirs[i], mine[i], sameEntry);
      if (!merged.ok) return merged;
      out.push(merged.value);
    }
    return { ok: true, value: out };
  }
  return { ok: false };
}

/** Merge any JSON values (see the module comment). */
export function mergeJson<V>(base: V, theirs: V, mine: V): MergeResult<V> {
  return mergeAt(base, theirs, mine, true) as MergeResult<V>;
}

/** Merge the parts of a document a person edits: its title and its data. */
export function mergeDocuments<T>(
  base: WorksheetDocument<T>,
  theirs: WorksheetDocument<T>,
  mine: WorksheetDocument<T>,
): MergeResult<{ title: string; data: T }> {
  const pick = (d: WorksheetDocument<T>) => ({ title: d.title, data: d.data });
  return mergeJson(pick(base), pick(theirs), pick(mine));
}

export type DocumentMerger = typeof mergeDocuments;

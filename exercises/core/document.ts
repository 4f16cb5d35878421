/**
 * The saved shape of every worksheet, and what a worksheet declares about itself.
 */
import type { GenericSchema } from 'valibot';

/** One saved worksheet. Dates are ISO strings (`new Date().toISOString()`). */
export interface WorksheetDocument<T> {
  id: string;
  /** Worksheet id from the registry, e.g. `smart-goal`. */
  exercise: string;
  schemaVersion: number;
  title: string;
  createdAt: string;
  updatedAt: string;
  /** Who handed it in: the participant's name, on exports and share links from a workshop. */
  author?: string;
  data: T;
}

/** What a worksheet page needs to show and save documents: no schema. */
export interface WorksheetBasics<T> {
  id: string;
  /** Display name used in messages, e.g. 「SMART 目标制定」. */
  title: string;
  /** Current version of `data`; bump it and add a migration when the shape changes. */
  schemaVersion: number;
  /** A fresh, empty document body. Must be deterministic (it is rendered on the server). */
  createData(): T;
  defaultTitle: string;
  /**
   * The text a document's title follows (SWOT's 分析对象, SMART's 目标名称): while the title is
   * the default or still equals that text, it changes with it (`followTitle`).
   */
  titleFrom?(data: T): string;
}

/**
 * The title after an edit from `before` to `after`: the new text of `titleFrom` when the title
 * followed it (or was the default), else `null` (the title stays as the learner named it).
 */
export function followTitle<T>(
  def: Pick<WorksheetBasics<T>, 'titleFrom' | 'defaultTitle'>,
  title: string,
  before: T,
  after: T,
): string | null {
  if (!def.titleFrom) return null;
  const was = def.titleFrom(before).trim();
  const now = def.titleFrom(after).trim();
  if (was === now) return null;
  const following = title === def.defaultTitle || title === was;
  return following ? now || def.defaultTitle : null;
}

/**
 * True when the two values would be written as the same JSON (fields in any order), found
 * without writing them: it stops at the first difference, so telling a 500-row list from a
 * blank one costs one comparison of lengths, not two long strings.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameJson(item ?? null, b[i] ?? null));
  }
  const fields = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined);
  const left = fields(a);
  const right = b as Record<string, unknown>;
  if (left.length !== fields(b).length) return false;
  return left.every(([key, value]) => key in right && sameJson(value, right[key]));
}

/** True while a document holds nothing but what a fresh one holds. */
export function isBlankData<T>(def: Pick<WorksheetBasics<T>, 'createData'>, data: T): boolean {
  return sameJson(data, def.createData());
}

/** Everything the core needs to know about one worksheet's data, to check data from outside. */
export interface ExerciseDefinition<T> extends WorksheetBasics<T> {
  dataSchema: GenericSchema<unknown, T>;
  /** `migrations[n]` turns version-n data into version n+1 data. */
  migrations: Record<number, (data: unknown) => unknown>;
  /** Chinese names for data fields, used to point at the invalid field in messages. */
  fieldLabels?: Record<string, string>;
}

/**
 * A worksheet page's view of its definition: the basics now, the schema (and the validation
 * library with it) loaded when there is data from outside the page to check.
 */
export interface LazyDefinition<T> extends WorksheetBasics<T> {
  load(): Promise<ExerciseDefinition<T>>;
}

/** A short random id: time part plus random part, e.g. `mdx3k2a-9f2c1b`. */
export function createId(now: Date, random: () => number): string {
  let tail = '';
  while (tail.length < 6) tail += Math.floor(random() * 36).toString(36);
  return `${now.getTime().toString(36)}-${tail}`;
}

/** A new, unsaved document for `def`, optionally prefilled. */
export function newDocument<T>(
  def: WorksheetBasics<T>,
  init: { title?: string; data?: T; now: Date; random: () => number },
): WorksheetDocument<T> {
  const stamp = init.now.toISOString();
  return {
    id: createId(init.now, init.random),
    exercise: def.id,
    schemaVersion: def.schemaVersion,
    title: init.title?.trim() || def.defaultTitle,
    createdAt: stamp,
    updatedAt: stamp,
    data: init.data ?? def.createData(),
  };
}

/** Structured copy of plain JSON data (documents never hold anything else). */
/** Stored or received text read as JSON, or `ok: false` when it is not JSON. */
export function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

export function cloneData<T>(data: T): T {
  return JSON.parse(JSON.stringify(data)) as T;
}

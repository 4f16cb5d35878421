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
  data: T;
}

/** Everything the core needs to know about one worksheet's data. */
export interface ExerciseDefinition<T> {
  id: string;
  /** Display name used in messages, e.g. 「SMART 目标制定」. */
  title: string;
  /** Current version of `data`; bump it and add a migration when the shape changes. */
  schemaVersion: number;
  dataSchema: GenericSchema<unknown, T>;
  /** `migrations[n]` turns version-n data into version n+1 data. */
  migrations: Record<number, (data: unknown) => unknown>;
  /** A fresh, empty document body. Must be deterministic (it is rendered on the server). */
  createData(): T;
  defaultTitle: string;
  /** Chinese names for data fields, used to point at the invalid field in messages. */
  fieldLabels?: Record<string, string>;
}

/** A short random id: time part plus random part, e.g. `mdx3k2a-9f2c1b`. */
export function createId(now: Date, random: () => number): string {
  let tail = '';
  while (tail.length < 6) tail += Math.floor(random() * 36).toString(36);
  return `${now.getTime().toString(36)}-${tail}`;
}

/** A new, unsaved document for `def`, optionally prefilled. */
export function newDocument<T>(
  def: ExerciseDefinition<T>,
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
export function cloneData<T>(data: T): T {
  return JSON.parse(JSON.stringify(data)) as T;
}

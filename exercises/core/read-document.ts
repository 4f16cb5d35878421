/**
 * Turning an unknown value (parsed JSON from storage, a file or a link) into a current,
 * valid document — or saying exactly why not. Shared by the store, import and share links.
 */
import { findWorksheet } from '../registry';
import { parseJson, type ExerciseDefinition, type WorksheetDocument } from './document';
import { migrateData } from './migrate';
import { IMPORT_TEXT, STORED_TEXT } from './check-strings';
import { validateData, validateEnvelope } from './validate';
import { isRecord } from './json';

export type ReadProblemKind =
  'not-worksheet' | 'wrong-exercise' | 'invalid-version' | 'newer' | 'migration' | 'invalid';

export type ReadResult<T> =
  | { ok: true; doc: WorksheetDocument<T>; migrated: boolean }
  | { ok: false; kind: ReadProblemKind; message: string; version?: number };

/** Why the store set data aside: what the reader says, or text that is not JSON, or the index. */
export type StoredProblemKind = ReadProblemKind | 'unreadable' | 'index';

/** Strict reading of stored values for one worksheet (what the document store needs). */
export interface DocumentReader<T> {
  (value: unknown): ReadResult<T>;
  /**
   * Why the text stored for document `id` (or the index, `index`) cannot be read, in the
   * learner's words. With the reader, so that its texts load only when there is data to check.
   */
  problem(id: string, raw: string): { kind: StoredProblemKind; message: string };
}

/** Title of another worksheet for messages; falls back to its id. */
export function exerciseTitle(id: string): string {
  return findWorksheet(id)?.title ?? id;
}

/**
 * Check what a value claims to be: a worksheet file, of this exercise, of a version we can
 * read. Returns null when it is fine.
 */
export function checkHeader<T>(
  def: ExerciseDefinition<T>,
  value: unknown,
): Extract<ReadResult<T>, { ok: false }> | null {
  if (!isRecord(value) || typeof value.exercise !== 'string') {
    return { ok: false, kind: 'not-worksheet', message: IMPORT_TEXT.notWorksheet };
  }
  if (value.exercise !== def.id) {
    return {
      ok: false,
      kind: 'wrong-exercise',
      message: IMPORT_TEXT.wrongExercise(exerciseTitle(value.exercise), def.title),
    };
  }
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, kind: 'invalid-version', message: IMPORT_TEXT.badVersion };
  }
  if (version > def.schemaVersion) {
    return {
      ok: false,
      kind: 'newer',
      version,
      message: IMPORT_TEXT.newerVersion(version, def.schemaVersion),
    };
  }
  return null;
}

/**
 * Read a stored or imported document. `lenient` fills a missing id, title or dates (files
 * edited by hand); storage reads are strict.
 */
export function readDocument<T>(
  def: ExerciseDefinition<T>,
  value: unknown,
  options: { lenient?: { id: string; now: string } } = {},
): ReadResult<T> {
  const header = checkHeader(def, value);
  if (header) return header;
  const record = value as Record<string, unknown>;
  const version = record.schemaVersion as number;
  const lenient = options.lenient;
  const candidate = lenient
    ? {
        ...record,
        id: typeof record.id === 'string' ? record.id : lenient.id,
        title:
          typeof record.title === 'string' && record.title.trim() ? record.title : def.defaultTitle,
        createdAt: typeof record.createdAt === 'string' ? record.createdAt : lenient.now,
        updatedAt: typeof record.updatedAt === 'string' ? record.updatedAt : lenient.now,
      }
    : record;
  const envelope = validateEnvelope(candidate);
  if (!envelope.ok) return { ok: false, kind: 'invalid', message: envelope.message };

  const migration = migrateData(def, envelope.value.data, version);
  if (!migration.ok) {
    const message =
      migration.reason === 'missing-migration'
        ? IMPORT_TEXT.missingMigration(migration.version)
        : IMPORT_TEXT.migrationFailed(migration.version);
    return { ok: false, kind: 'migration', version, message };
  }
  const data = validateData(def, migration.data);
  if (!data.ok) return { ok: false, kind: 'invalid', message: data.message };
  return {
    ok: true,
    migrated: migration.migrated,
    doc: { ...envelope.value, schemaVersion: def.schemaVersion, data: data.value },
  };
}

/** The store's reader for this worksheet. */
export function documentReader<T>(def: ExerciseDefinition<T>): DocumentReader<T> {
  const read = (value: unknown) => readDocument(def, value);
  return Object.assign(read, {
    problem(id: string, raw: string): { kind: StoredProblemKind; message: string } {
      if (id === 'index') return { kind: 'index', message: STORED_TEXT.index };
      const parsed = parseJson(raw);
      if (!parsed.ok) return { kind: 'unreadable', message: STORED_TEXT.unreadable };
      const result = read(parsed.value);
      if (result.ok) return { kind: 'invalid', message: STORED_TEXT.invalid('') };
      switch (result.kind) {
        case 'newer':
          return {
            kind: 'newer',
            message: STORED_TEXT.newer(result.version ?? 0, def.schemaVersion),
          };
        case 'wrong-exercise':
          return { kind: result.kind, message: STORED_TEXT.wrongExercise };
        case 'migration':
          return { kind: result.kind, message: STORED_TEXT.migrationFailed };
        default:
          return { kind: result.kind, message: STORED_TEXT.invalid(result.message) };
      }
    },
  });
}

/**
 * Bringing stored data up to the current schema version, one step at a time.
 */
import type { ExerciseDefinition } from './document';

export type MigrationResult =
  | { ok: true; data: unknown; from: number; migrated: boolean }
  | {
      ok: false;
      reason: 'newer' | 'invalid-version' | 'missing-migration' | 'failed';
      /** The version the data claims, or the step that failed. */
      version: number;
    };

/**
 * Run `def.migrations[n]` for n = version … current-1. Data from a version newer than the
 * code knows is not touched but reported (`reason: 'newer'`), so it can be kept aside.
 */
export function migrateData<T>(
  def: ExerciseDefinition<T>,
  data: unknown,
  version: number,
): MigrationResult {
  if (!Number.isInteger(version) || version < 0) {
    return { ok: false, reason: 'invalid-version', version };
  }
  if (version > def.schemaVersion) return { ok: false, reason: 'newer', version };
  let current = data;
  for (let step = version; step < def.schemaVersion; step++) {
    const migration = def.migrations[step];
    if (!migration) return { ok: false, reason: 'missing-migration', version: step };
    try {
      current = migration(current);
    } catch {
      return { ok: false, reason: 'failed', version: step };
    }
  }
  return { ok: true, data: current, from: version, migrated: version !== def.schemaVersion };
}

/**
 * A file's text checked and stored as a new document (loaded with the checks on the first
 * import; see controller-transfer.ts).
 */
import { importFailed, info, type Session } from './controller-session';
import type { ExerciseDefinition } from './document';
import { parseImport, type ImportResult } from './import-export';
import { SHELL_TEXT } from './strings';

export function importDocument<T>(
  s: Session<T>,
  text: string,
  full: ExerciseDefinition<T>,
): ImportResult<T> {
  const result = parseImport(text, full, { now: s.now, random: s.options.random });
  if (!result.ok) return importFailed(s, result.message);
  s.flush();
  const saved = s.store.save(result.doc);
  s.store.markExported(saved.id);
  s.patch({ transferMessage: info(SHELL_TEXT.transfer.imported(saved.title)) });
  s.open(saved, null);
  return { ok: true, doc: saved };
}

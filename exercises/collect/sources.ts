/**
 * Reading what participants handed in — exported JSON files and share links — for the 汇总
 * page: each source is checked exactly as an import (core/import-export.ts, core/share.ts),
 * and a bad one gets its own Chinese message without stopping the others. Pure: no DOM.
 */
import type { ExerciseDefinition, WorksheetDocument } from '../core/document';
import { parseImport, type ImportResult } from '../core/import-export';
import { decodeFragment, fragmentExercise } from '../core/share';
import { COLLECT_TEXT as T } from './strings';

export interface Source {
  /** File name, or 链接 N. */
  name: string;
  kind: 'file' | 'link';
  text: string;
}

export type Collected<D> =
  | { name: string; ok: true; doc: WorksheetDocument<D> }
  | { name: string; ok: false; message: string };

/** Split pasted text into share links: one per line (blank lines and spaces ignored). */
export function splitLinks(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The worksheet a file or link says it holds (its `exercise`), or null when that cannot be
 * told; reading it properly (and refusing it) is left to `collect`.
 */
export function sourceExercise(source: Source): string | null {
  try {
    if (source.kind === 'link') {
      const at = source.text.indexOf('#');
      return at < 0 ? null : fragmentExercise(source.text.slice(at));
    }
    const value: unknown = JSON.parse(source.text);
    const exercise =
      value && typeof value === 'object' ? (value as { exercise?: unknown }).exercise : null;
    return typeof exercise === 'string' ? exercise : null;
  } catch {
    return null;
  }
}

/**
 * Which worksheet type to collect these sources as: the current one while documents are
 * collected (never switch away from work on the page), otherwise the type most sources
 * name among `known` (the first named, on a tie), or the current one.
 */
export function chooseType(
  current: string,
  collected: number,
  named: readonly (string | null)[],
  known: readonly string[],
): string {
  if (collected > 0) return current;
  const counts = new Map<string, number>();
  for (const id of named) if (id && known.includes(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best = current;
  let most = counts.get(current) ?? 0;
  for (const [id, n] of counts) {
    if (n > most) [best, most] = [id, n];
  }
  return best;
}

/** Same person, same title, same content: the same hand-in (two people's copies both count). */
function fingerprint<D>(doc: WorksheetDocument<D>): string {
  return JSON.stringify([doc.author?.trim() ?? '', doc.title, doc.data]);
}

function read<D>(def: ExerciseDefinition<D>, source: Source): ImportResult<D> {
  try {
    if (source.kind === 'file') return parseImport(source.text, def);
    const hash = source.text.slice(source.text.indexOf('#'));
    const fragment = source.text.includes('#') ? decodeFragment(hash, def) : null;
    if (!fragment || fragment.kind !== 'share') return { ok: false, message: T.notShareLink };
    return fragment.result;
  } catch {
    // Reading is bounded and says why it refuses; should anything still throw, say so here
    // rather than let one source stop the others.
    return { ok: false, message: T.unreadable };
  }
}

/** Read every source in order; a document already collected (same title and content) is refused. */
export function collect<D>(
  def: ExerciseDefinition<D>,
  sources: readonly Source[],
  already: readonly WorksheetDocument<D>[] = [],
): Collected<D>[] {
  const seen = new Set(already.map(fingerprint));
  return sources.map((source): Collected<D> => {
    const result = read(def, source);
    if (!result.ok) return { name: source.name, ok: false, message: result.message };
    const key = fingerprint(result.doc);
    if (seen.has(key)) return { name: source.name, ok: false, message: T.duplicate };
    seen.add(key);
    return { name: source.name, ok: true, doc: result.doc };
  });
}

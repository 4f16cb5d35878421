/**
 * A chapter's link to its worksheet with the worked example (`#example`, WorksheetLink
 * example): which document shows it. Loaded only when the address asks for it, so a worksheet
 * island does not carry it.
 */
import type { WorksheetDocument } from './document';
import type { DocumentStore } from './store';
import { SHELL_TEXT } from './strings';

/**
 * Where the example goes: into the unsaved first document when nothing is stored (`'draft'`),
 * else into the stored document that already holds it unchanged, else a new document (`null`).
 * The learner's work is never replaced.
 */
export function exampleTarget<T>(
  example: T,
  isDraft: boolean,
  docs: readonly WorksheetDocument<T>[],
): 'draft' | WorksheetDocument<T> | null {
  if (isDraft) return 'draft';
  const same = JSON.stringify(example);
  return docs.find((d) => JSON.stringify(d.data) === same) ?? null;
}

/** Opens the example where `exampleTarget` says, with a message (the controller's `open`). */
export function openExample<T>(
  example: { data: T; title?: string },
  isDraft: boolean,
  store: Pick<DocumentStore<T>, 'list' | 'draft' | 'create'>,
  open: (doc: WorksheetDocument<T>, message: string) => void,
): void {
  const target = exampleTarget(example.data, isDraft, store.list().docs);
  const T = SHELL_TEXT;
  if (target === 'draft') open(store.draft(example.title, example.data), T.exampleLoaded);
  else if (target) open(target, T.exampleLoaded);
  else open(store.create(example.title, example.data), T.exampleInNewDoc);
}

/**
 * Checking unknown data against a worksheet's schema, with Chinese messages that name the
 * invalid field («「里程碑 › 第 1 项 › 日期」不正确：应为文字»).
 */
import * as v from 'valibot';
import type { ExerciseDefinition } from './document';
import { VALIDATION_TEXT as T } from './check-strings';
import { AUTHOR_MAX, TEXT_MAX } from './limits';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; message: string };

function detailOf(issue: v.BaseIssue<unknown>): string {
  if (issue.received === 'undefined') return T.missing;
  switch (issue.type) {
    case 'string':
      return T.expectedText;
    case 'number':
      return T.expectedNumber;
    case 'array':
      return T.expectedList;
    case 'object':
      return T.expectedObject;
    case 'picklist':
    case 'literal':
      return T.expectedOneOf(
        (issue.expected ?? '')
          .replace(/^\(|\)$/g, '')
          .split(' | ')
          .join('、'),
      );
    default:
      return T.generic;
  }
}

/** Readable Chinese path for a valibot issue, using the worksheet's field labels. */
export function describeIssuePath(
  issue: v.BaseIssue<unknown>,
  labels: Record<string, string> = {},
): string {
  const parts = (issue.path ?? []).map((item) => {
    const key = item.key;
    if (typeof key === 'number') return T.item(key + 1);
    const name = String(key);
    return labels[name] ?? name;
  });
  return parts.join(' › ');
}

/** One Chinese sentence for the first issue: which field, and what is wrong with it. */
export function issueMessage(
  issue: v.BaseIssue<unknown>,
  labels: Record<string, string> = {},
): string {
  // Schemas may carry their own Chinese message; valibot's defaults start with "Invalid".
  const custom = issue.message && !/^Invalid /.test(issue.message) ? issue.message : null;
  const detail = custom ?? detailOf(issue);
  const path = describeIssuePath(issue, labels);
  return path ? T.field(path, detail) : T.data(detail);
}

/** Validate a worksheet body against its schema. */
export function validateData<T>(def: ExerciseDefinition<T>, data: unknown): ValidationResult<T> {
  const result = v.safeParse(def.dataSchema, data, { abortEarly: true });
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, message: issueMessage(result.issues[0], def.fieldLabels) };
}

const ENVELOPE = v.object({
  id: v.string(),
  exercise: v.string(),
  schemaVersion: v.number(),
  title: v.pipe(v.string(), v.maxLength(TEXT_MAX, T.tooLong(TEXT_MAX))),
  createdAt: v.string(),
  updatedAt: v.string(),
  author: v.optional(v.pipe(v.string(), v.maxLength(AUTHOR_MAX, T.tooLong(AUTHOR_MAX)))),
  data: v.unknown(),
});

/** Check the document wrapper (everything but `data`). */
export function validateEnvelope(value: unknown): ValidationResult<v.InferOutput<typeof ENVELOPE>> {
  const result = v.safeParse(ENVELOPE, value, { abortEarly: true });
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, message: issueMessage(result.issues[0], T.envelope) };
}

/**
 * Reading stored or received JSON without trusting it: every reader of storage (worksheets,
 * reading progress, quiz results, backup, the LMS's suspend data) uses these two.
 */

/** A plain object (not null, not an array), whose fields still need checking. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The value of a JSON text, or `undefined` when there is no text or it is not JSON. */
export function readJson(raw: string | null | undefined): unknown {
  if (raw === null || raw === undefined) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

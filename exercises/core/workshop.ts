/**
 * Workshop mode, as read from an embed address: `?ns=<workshop code>` keeps a workshop's
 * documents apart from the learner's own (a storage namespace), `example=1` starts from the
 * worked example, `lock=1` shows the document read-only. Pure: the frame passes `location.search`.
 */

/** Longest workshop code accepted (it becomes part of storage keys and of links). */
export const WORKSHOP_CODE_MAX = 32;

/** The namespace of the learner's own documents; not available as a workshop code. */
const RESERVED = new Set(['default']);

/** Why a workshop code is refused; workshopCodeMessage (workshop-strings.ts) says it in Chinese. */
export type WorkshopCodeProblem = 'chars' | 'too-long' | 'reserved' | 'empty' | 'edges';

export type WorkshopCodeResult =
  | { ok: true; code: string | null }
  | {
      ok: false;
      problem: WorkshopCodeProblem;
      /** A valid code close to what was typed (spaces as dashes, no dash at either end). */
      suggestion?: string;
    };

const CODE_CHARS = /^[a-z0-9_-]+$/;

function acceptable(code: string): boolean {
  return (
    CODE_CHARS.test(code) &&
    /[a-z0-9]/.test(code) &&
    !/^-|-$/.test(code) &&
    code.length <= WORKSHOP_CODE_MAX &&
    !RESERVED.has(code)
  );
}

/**
 * Check a typed or linked workshop code. Full-width letters and digits are accepted (and made
 * half-width), as is upper case (made lower case); empty means "no workshop". Anything else
 * is taken exactly as typed or refused: a code needs a letter or digit, may not start or end
 * with a dash, and is never the learner's own area (`default`, with or without dashes).
 */
export function parseWorkshopCode(raw: string | null | undefined): WorkshopCodeResult {
  const text = (raw ?? '').normalize('NFKC').trim().toLowerCase();
  if (!text) return { ok: true, code: null };
  const trimmed = text.replace(/^-+|-+$/g, '');
  const near = text.replace(/\s+/g, '-').replace(/^-+|-+$/g, '');
  const refuse = (problem: WorkshopCodeProblem): WorkshopCodeResult =>
    near !== text && acceptable(near)
      ? { ok: false, problem, suggestion: near }
      : { ok: false, problem };
  if (!CODE_CHARS.test(text)) return refuse('chars');
  if (!/[a-z0-9]/.test(text)) return refuse('empty');
  if (RESERVED.has(trimmed)) return refuse('reserved');
  if (trimmed !== text) return refuse('edges');
  if (text.length > WORKSHOP_CODE_MAX) return refuse('too-long');
  return { ok: true, code: text };
}

export const WORKSHOP_NAMESPACE_PREFIX = 'ws.';

/**
 * Storage namespace of a workshop's documents: `ws.<code>`. No namespace of the learner's own
 * area, of reading progress or quiz results, or of an earlier version (which kept a workshop
 * under its bare code) contains a `.`, so a workshop's keys can never be any of those.
 */
export function workshopNamespace(code: string): string {
  return `${WORKSHOP_NAMESPACE_PREFIX}${code}`;
}

/** The workshop code of a namespace made by workshopNamespace, or null. */
export function namespaceWorkshop(namespace: string): string | null {
  if (!namespace.startsWith(WORKSHOP_NAMESPACE_PREFIX)) return null;
  const code = namespace.slice(WORKSHOP_NAMESPACE_PREFIX.length);
  return acceptable(code) ? code : null;
}

export interface EmbedOptions {
  /** The workshop code, or null for the learner's own documents. */
  code: WorkshopCodeResult;
  /** Start from the worked example when the workshop has no document yet. */
  example: boolean;
  /** Show the document read-only. */
  locked: boolean;
}

const YES = new Set(['1', 'true', 'yes', 'on']);

function flag(params: URLSearchParams, name: string): boolean {
  const value = params.get(name);
  return value !== null && YES.has(value.normalize('NFKC').trim().toLowerCase());
}

/** Read the embed options from a query string (`?ns=abc&example=1&lock=1`). */
export function parseEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  return {
    code: parseWorkshopCode(params.get('ns')),
    example: flag(params, 'example'),
    locked: flag(params, 'lock'),
  };
}

/** The query string for these options (empty parts left out), e.g. `?ns=abc&example=1`. */
export function embedQuery(options: {
  code?: string | null;
  example?: boolean;
  locked?: boolean;
}): string {
  const params = new URLSearchParams();
  if (options.code) params.set('ns', options.code);
  if (options.example) params.set('example', '1');
  if (options.locked) params.set('lock', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Type of the message an embedded worksheet posts to its parent page with its height. */
export const HEIGHT_MESSAGE_TYPE = 'smc-embed-height';
/** Heights outside this range are ignored by the parent page's script. */
export const HEIGHT_RANGE = { min: 100, max: 50_000 } as const;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
}

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE_TYPE, height: Math.ceil(height) };
}

/** The height in a message, or null unless it is exactly our shape (public/embed.js does the same). */
export function readHeightMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const { type, height } = data as Record<string, unknown>;
  if (type !== HEIGHT_MESSAGE_TYPE || typeof height !== 'number') return null;
  if (!Number.isFinite(height) || height < HEIGHT_RANGE.min || height > HEIGHT_RANGE.max)
    return null;
  return Math.ceil(height);
}

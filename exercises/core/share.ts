/**
 * Share links: a document compressed into the URL fragment (`#share=…`), so it never
 * reaches a server. `#new=…` carries a partial body to prefill a new document (used to
 * hand a result from one worksheet to another).
 *
 * A link from elsewhere is bounded before it is read: no longer than the links this site
 * makes (MAX_SHARE_LENGTH; lz-string can turn a few kilobytes into hundreds of megabytes, and
 * within that length the worst case stays a few megabytes), at most LINK_CONTENT_MAX once
 * decoded, and then the schema's own limits. Every refusal is a Chinese message, never an
 * exception.
 */
// lz-string is CommonJS: Node's ESM loader (used when pages are prerendered) only sees its default export.
import LZString from 'lz-string';
import type { ExerciseDefinition, WorksheetDocument } from './document';
import { checkHeader } from './read-document';
import { importValue, type ImportOptions, type ImportResult } from './import-export';
import { SHARE_TEXT } from './check-strings';
import { LINK_CONTENT_MAX } from './limits';
import { validateData } from './validate';

const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = LZString;

/** Links longer than this are refused: some chat apps and browsers cut long URLs. */
export const MAX_SHARE_LENGTH = 8000;

export type ShareLinkResult =
  { ok: true; url: string; length: number } | { ok: false; message: string; length: number };

function linkFor(baseUrl: string, fragment: string): ShareLinkResult {
  const url = `${baseUrl.split('#')[0]}#${fragment}`;
  if (url.length > MAX_SHARE_LENGTH) {
    return {
      ok: false,
      length: url.length,
      message: SHARE_TEXT.tooLong(url.length, MAX_SHARE_LENGTH),
    };
  }
  return { ok: true, url, length: url.length };
}

/** `<baseUrl>#share=<compressed document>`; the id stays private. */
export function encodeShareLink<T>(doc: WorksheetDocument<T>, baseUrl: string): ShareLinkResult {
  const { exercise, schemaVersion, title, author, data } = doc;
  const payload = compressToEncodedURIComponent(
    JSON.stringify({ exercise, schemaVersion, title, ...(author ? { author } : {}), data }),
  );
  return linkFor(baseUrl, `share=${payload}`);
}

/** `<baseUrl>#new=<compressed partial body>` to start a new document of `exercise`. */
export function encodeNewLink(
  exercise: string,
  schemaVersion: number,
  data: Record<string, unknown>,
  baseUrl: string,
): ShareLinkResult {
  const payload = compressToEncodedURIComponent(JSON.stringify({ exercise, schemaVersion, data }));
  return linkFor(baseUrl, `new=${payload}`);
}

export type FragmentResult<T> =
  | { kind: 'share'; result: ImportResult<T> }
  | { kind: 'new'; result: { ok: true; data: T } | { ok: false; message: string } }
  | null;

function unpack(payload: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (payload.length > MAX_SHARE_LENGTH) {
    return { ok: false, message: SHARE_TEXT.linkTooLong(payload.length, MAX_SHARE_LENGTH) };
  }
  const broken = { ok: false, message: SHARE_TEXT.broken } as const;
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(payload);
  } catch {
    // A crafted stream can ask for a string longer than the engine allows.
    return broken;
  }
  if (!json) return broken;
  if (json.length > LINK_CONTENT_MAX) {
    return { ok: false, message: SHARE_TEXT.contentTooLarge(LINK_CONTENT_MAX / 1024 / 1024) };
  }
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch {
    return broken;
  }
}

/** The worksheet a `#share=` or `#new=` hash claims to be of, or null (not checked further). */
export function fragmentExercise(hash: string): string | null {
  const match = /^#?(?:share|new)=(.*)$/s.exec(hash);
  const unpacked = match ? unpack(match[1]) : null;
  if (!unpacked?.ok) return null;
  const { value } = unpacked;
  const exercise =
    value && typeof value === 'object' ? (value as { exercise?: unknown }).exercise : null;
  return typeof exercise === 'string' ? exercise : null;
}

/**
 * Read `#share=` or `#new=` from a location hash, validated exactly like an import.
 * Returns null when the hash is neither.
 */
export function decodeFragment<T>(
  hash: string,
  def: ExerciseDefinition<T>,
  options: ImportOptions = {},
): FragmentResult<T> {
  const match = /^#?(share|new)=(.*)$/s.exec(hash);
  if (!match) return null;
  const unpacked = unpack(match[2]);
  if (!unpacked.ok) {
    return { kind: match[1] as 'share' | 'new', result: unpacked };
  }
  const { value } = unpacked;
  if (match[1] === 'share') return { kind: 'share', result: importValue(value, def, options) };

  // A partial body: check it is for this worksheet, lay it over a fresh body, validate.
  const header = checkHeader(def, value);
  if (header) return { kind: 'new', result: { ok: false, message: header.message } };
  const partial = (value as { data?: unknown }).data;
  const merged = {
    ...(def.createData() as object),
    ...(partial && typeof partial === 'object' && !Array.isArray(partial) ? partial : {}),
  };
  const data = validateData(def, merged);
  return { kind: 'new', result: data.ok ? { ok: true, data: data.value } : data };
}

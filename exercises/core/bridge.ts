/**
 * The storage bridge of an embedded worksheet. When a browser blocks storage in a cross-site
 * iframe, the public embed script on the host page (public/embed.js) keeps the worksheet's
 * keys in the host page's own localStorage, under a prefix of their own:
 *
 * - the iframe asks its parent once, `{ type, op: 'load', id }`; the host answers that iframe
 *   only, `{ type, op: 'loaded', id, entries }`, with what it holds for this course;
 * - each write is `{ type, op: 'set', key, value }` or `{ type, op: 'remove', key }`; a write
 *   the host cannot keep (its storage is full or blocked) is answered `{ type, op: 'failed' }`.
 *
 * The host answers only the course's own iframes (event.source is an iframe on its page whose
 * address is on the course origin, under /embed/; event.origin is that origin) and posts to that
 * origin only. The iframe only listens to its parent, on the parent's origin, and only to the
 * answer to its own request. Keys are the project's (`smc:v1:…`), sizes are bounded as below.
 * Loaded with import() by the embed route, and only where storage is blocked.
 * Nothing leaves the participant's device: the host page keeps the data in its own storage.
 */
import { LINK_CONTENT_MAX } from './limits';
import {
  createResilientEngine,
  KEY_PREFIX,
  openBrowserStorage,
  type ResilientEngine,
} from './storage';

/** Type of every bridge message (public/embed.js uses the same values). */
export const BRIDGE_TYPE = 'smc-embed-store';
/** Longest key; the project's keys are far shorter. */
export const BRIDGE_KEY_MAX = 300;
/** Longest value: a document as large as a file may be (1 MB of JSON). */
export const BRIDGE_VALUE_MAX = LINK_CONTENT_MAX;
/** Most entries a host hands back in one answer. */
export const BRIDGE_ENTRIES_MAX = 2_000;
/** Longest request id. */
export const BRIDGE_ID_MAX = 64;
/** How long the iframe waits for the host script (it may load after the iframe). */
export const BRIDGE_WAIT_MS = 1_500;
/** How often the iframe asks again while it waits. */
const ASK_EVERY_MS = 250;

export type BridgeRequest =
  | { type: typeof BRIDGE_TYPE; op: 'load'; id: string }
  | { type: typeof BRIDGE_TYPE; op: 'set'; key: string; value: string }
  | { type: typeof BRIDGE_TYPE; op: 'remove'; key: string };

export type BridgeReply =
  | { type: typeof BRIDGE_TYPE; op: 'loaded'; id: string; entries: Record<string, string> }
  | { type: typeof BRIDGE_TYPE; op: 'failed' };

/** The key the host page stores `key` under: its own prefix, then the course's origin. */
export function hostKey(courseOrigin: string, key: string): string {
  return `smc-embed:${courseOrigin}|${key}`;
}

/** The course key of a host key for `courseOrigin`; null for any other key. */
export function courseKey(courseOrigin: string, stored: string): string | null {
  const prefix = hostKey(courseOrigin, '');
  if (!stored.startsWith(prefix)) return null;
  const key = stored.slice(prefix.length);
  return isKey(key) ? key : null;
}

function isKey(key: unknown): key is string {
  return typeof key === 'string' && key.length <= BRIDGE_KEY_MAX && key.startsWith(KEY_PREFIX);
}

function isId(id: unknown): id is string {
  return typeof id === 'string' && id.length > 0 && id.length <= BRIDGE_ID_MAX;
}

function record(data: unknown): Record<string, unknown> | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const r = data as Record<string, unknown>;
  return r.type === BRIDGE_TYPE ? r : null;
}

/** A request as the host accepts it, or null (public/embed.js checks the same). */
export function readBridgeRequest(data: unknown): BridgeRequest | null {
  const r = record(data);
  if (!r) return null;
  if (r.op === 'load') return isId(r.id) ? { type: BRIDGE_TYPE, op: 'load', id: r.id } : null;
  if (!isKey(r.key)) return null;
  if (r.op === 'remove') return { type: BRIDGE_TYPE, op: 'remove', key: r.key };
  if (r.op === 'set' && typeof r.value === 'string' && r.value.length <= BRIDGE_VALUE_MAX)
    return { type: BRIDGE_TYPE, op: 'set', key: r.key, value: r.value };
  return null;
}

/**
 * The answer to request `id` as the iframe accepts it, or null. Entries with a foreign key or
 * an oversized value are left out; an answer with too many entries is refused.
 */
export function readBridgeReply(data: unknown, id: string): BridgeReply | null {
  const r = record(data);
  if (!r) return null;
  if (r.op === 'failed') return { type: BRIDGE_TYPE, op: 'failed' };
  if (r.op !== 'loaded' || r.id !== id) return null;
  const raw = r.entries;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const pairs = Object.entries(raw as Record<string, unknown>);
  if (pairs.length > BRIDGE_ENTRIES_MAX) return null;
  const entries: Record<string, string> = {};
  for (const [key, value] of pairs)
    if (isKey(key) && typeof value === 'string' && value.length <= BRIDGE_VALUE_MAX)
      entries[key] = value;
  return { type: BRIDGE_TYPE, op: 'loaded', id, entries };
}

/**
 * A storage engine that keeps `seed` in memory and passes every write to `post` (the host
 * page). After `fail()` (the host could not keep a write) writes throw, so the resilient
 * engine around it falls back to memory and shows its notice.
 */
export function createBridgeEngine(
  seed: Record<string, string>,
  post: (request: BridgeRequest) => void,
): ResilientEngine & { fail(): void } {
  const map = new Map(Object.entries(seed));
  let failed = false;
  const engine = createResilientEngine({
    kind: 'bridge',
    get: (key) => map.get(key) ?? null,
    set(key, value) {
      if (failed) throw new Error('The host page could not keep the data.');
      if (!isKey(key) || value.length > BRIDGE_VALUE_MAX)
        throw new DOMException('Too large for the host page.', 'QuotaExceededError');
      map.set(key, value);
      post({ type: BRIDGE_TYPE, op: 'set', key, value });
    },
    remove(key) {
      map.delete(key);
      if (isKey(key)) post({ type: BRIDGE_TYPE, op: 'remove', key });
    },
    keys: () => [...map.keys()],
  });
  return Object.assign(engine, {
    fail() {
      failed = true;
    },
  });
}

/** The parent page's origin, when the browser tells it; null when unknown (no bridge then). */
export function parentOrigin(win: Window): string | null {
  try {
    const ancestor = win.location.ancestorOrigins?.[0];
    if (ancestor && ancestor !== 'null') return ancestor;
    const referrer = win.document.referrer;
    return referrer ? new URL(referrer).origin : null;
  } catch {
    return null;
  }
}

/**
 * Ask the parent page's embed script for this course's stored keys. Resolves with a bridge
 * engine once it answers, or null when this is no frame, the parent's origin is unknown, or
 * nothing answers within `wait` ms (the host page has no embed script).
 */
export function connectBridge(
  win: Window = window,
  wait: number = BRIDGE_WAIT_MS,
): Promise<ResilientEngine | null> {
  const parent = win.parent;
  const origin = parentOrigin(win);
  if (parent === win || !origin) return Promise.resolve(null);
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const post = (request: BridgeRequest) => parent.postMessage(request, origin);
  return new Promise((resolve) => {
    let engine: ReturnType<typeof createBridgeEngine> | null = null;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== parent || event.origin !== origin) return;
      const reply = readBridgeReply(event.data, id);
      if (!reply) return;
      if (reply.op === 'failed') {
        engine?.fail();
        return;
      }
      if (engine) return;
      clearInterval(ask);
      clearTimeout(stop);
      engine = createBridgeEngine(reply.entries, post);
      resolve(engine);
    };
    const request = () => post({ type: BRIDGE_TYPE, op: 'load', id });
    const ask = setInterval(request, ASK_EVERY_MS);
    const stop = setTimeout(() => {
      clearInterval(ask);
      win.removeEventListener('message', onMessage);
      resolve(null);
    }, wait);
    win.addEventListener('message', onMessage);
    request();
  });
}

/**
 * The storage of an embedded worksheet: the browser's when the frame may use it (or it is only
 * full); otherwise the host page's, if its embed script answers; otherwise memory, with the notice.
 */
export async function frameStorage(win: Window = window): Promise<ResilientEngine> {
  const local = openBrowserStorage();
  if (local.notice()?.kind !== 'blocked') return local;
  return (await connectBridge(win)) ?? local;
}

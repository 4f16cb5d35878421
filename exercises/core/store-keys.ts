/**
 * The document store's key layout and index (see store.ts for the layout itself): which keys
 * a worksheet owns in a namespace, and the display order of its documents.
 */
import type { ResilientEngine } from './storage';
import { parseJson } from './document';
import { KEY_PREFIX } from './storage';
import { namespaceWorkshop } from './workshop';

/**
 * The storage namespace: `default` (the learner's own documents; also for no value) or a
 * workshop's `ws.<code>` (workshopNamespace in workshop.ts, after parseWorkshopCode). Taken as
 * given, never reshaped, so that no other value can reach the learner's own area or another
 * workshop's; anything else is a programming error.
 */
export function normalizeNamespace(namespace: string | undefined): string {
  const text = (namespace ?? '').trim();
  if (!text || text === 'default') return 'default';
  if (namespaceWorkshop(text) !== null) return text;
  throw new Error(`Not a storage namespace: ${JSON.stringify(namespace)}`);
}

export function storePrefix(namespace: string | undefined, exercise: string): string {
  return `${KEY_PREFIX}${normalizeNamespace(namespace)}:${exercise}:`;
}

/** The keys of one worksheet in one namespace. */
export interface StoreKeys {
  /** The namespace itself (normalizeNamespace). */
  readonly name: string;
  /** `smc:v1:<namespace>:` */
  readonly namespace: string;
  /** `smc:v1:<namespace>:<exercise>:` */
  readonly prefix: string;
  readonly index: string;
  readonly meta: string;
  /** Prefix of every document key (`docKey`). */
  readonly doc: string;
  /** Prefix of every quarantined copy. */
  readonly quarantine: string;
  /** One name per namespace, not per worksheet: `smc:v1:<namespace>:participant`. */
  readonly participant: string;
  docKey(id: string): string;
}

export function storeKeys(namespace: string | undefined, exercise: string): StoreKeys {
  const name = normalizeNamespace(namespace);
  const space = `${KEY_PREFIX}${name}:`;
  const prefix = `${space}${exercise}:`;
  const doc = `${prefix}doc:`;
  return {
    name,
    namespace: space,
    prefix,
    index: `${prefix}index`,
    meta: `${prefix}meta`,
    doc,
    quarantine: `${prefix}quarantine:`,
    participant: `${space}participant`,
    docKey: (id) => `${doc}${id}`,
  };
}

export interface StoreIndex {
  /** Document ids in display order; documents missing from the index come last. */
  read(): string[];
  write(ids: string[]): void;
}

/** The index; an index that cannot be read is handed to `setAside` (quarantine) and rebuilt. */
export function createIndex(
  engine: ResilientEngine,
  keys: StoreKeys,
  setAside: (raw: string) => void,
): StoreIndex {
  return {
    read() {
      const raw = engine.get(keys.index);
      const docIds = engine
        .keys()
        .filter((key) => key.startsWith(keys.doc))
        .map((key) => key.slice(keys.doc.length))
        .sort();
      let ids: string[] = [];
      if (raw !== null) {
        const parsed = parseJson(raw);
        if (
          parsed.ok &&
          Array.isArray(parsed.value) &&
          parsed.value.every((x) => typeof x === 'string')
        ) {
          ids = parsed.value as string[];
        } else {
          setAside(raw);
        }
      }
      // Documents whose index entry was lost (a crash between two writes, a broken index).
      const listed = new Set(ids);
      return [
        ...new Set(ids.filter((id) => docIds.includes(id))),
        ...docIds.filter((id) => !listed.has(id)),
      ];
    },
    write(ids) {
      engine.set(keys.index, JSON.stringify(ids));
    },
  };
}

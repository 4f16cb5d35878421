/**
 * Workshop documents saved by earlier versions, which kept workshop `<code>` under the bare
 * code (`smc:v1:<code>:<exercise>:…`) instead of its own namespace (`ws.<code>`, see
 * workshopNamespace). The code has passed parseWorkshopCode (a letter or digit, no dash at
 * either end, never `default`), so worksheet keys under it belong to that workshop: they are
 * moved, once, to the workshop's namespace. Only keys of a worksheet store's shape are
 * touched (reading progress and quiz results have other shapes), and nothing is overwritten:
 * a document whose new key is taken stays where it was.
 */
import { KEY_PREFIX, type StorageEngine } from './storage';
import { namespaceWorkshop } from './workshop';

/** `<exercise>:index`, `…:meta`, `…:doc:<id>`, `…:quarantine:<id>:<ms>` (store.ts). */
const STORE_KEY = /^[a-z0-9-]+:(?:index|meta|doc:.+|quarantine:.+)$/s;

export function adoptLegacyWorkshop(engine: StorageEngine, namespace: string): void {
  const code = namespaceWorkshop(namespace);
  if (code === null) return;
  const from = `${KEY_PREFIX}${code}:`;
  const to = `${KEY_PREFIX}${namespace}:`;
  for (const key of engine.keys()) {
    const rest = key.slice(from.length);
    if (!key.startsWith(from) || !STORE_KEY.test(rest)) continue;
    const value = engine.get(key);
    if (value === null) continue;
    const target = `${to}${rest}`;
    if (engine.get(target) === null) {
      engine.set(target, value);
      // Removed only once the copy reads back (a full storage keeps the original).
      if (engine.get(target) !== value) continue;
    } else if (!/:(?:index|meta)$/.test(rest)) {
      continue;
    }
    // An index or settings of the new layout win; the store lists every document anyway.
    engine.remove(key);
  }
}

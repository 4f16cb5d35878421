/**
 * Worked out once per object: worksheet data is never changed in place (an edit returns new
 * objects), so a result kept for an object stays true while the object and the other
 * arguments (compared with ===) stay the same. A keystroke in one row of 500 then works out
 * one row again, not 500.
 */
export function remembered<K extends object, A extends unknown[], V>(
  compute: (key: K, ...rest: A) => V,
): (key: K, ...rest: A) => V {
  const known = new WeakMap<K, { rest: A; value: V }>();
  return (key, ...rest) => {
    const was = known.get(key);
    if (was && was.rest.length === rest.length && was.rest.every((a, i) => a === rest[i])) {
      return was.value;
    }
    const value = compute(key, ...rest);
    known.set(key, { rest, value });
    return value;
  };
}

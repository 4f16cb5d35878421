import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHUNK_FILES, CHUNK_GROUPS, filesPattern } from './chunk-groups.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('chunk groups of the client build', () => {
  it('name only files that exist', () => {
    const missing = Object.values(CHUNK_FILES)
      .flat()
      .filter((file) => !existsSync(`${root}${file}`));
    expect(missing).toEqual([]);
  });

  it('match a named file by its whole path, and no other', () => {
    const test = filesPattern(['exercises/core/store.ts']);
    expect(test.test(`${root}exercises/core/store.ts`)).toBe(true);
    expect(test.test('exercises/core/store.ts')).toBe(true);
    expect(test.test(`${root}exercises/core/store-keys.ts`)).toBe(false);
    expect(test.test(`${root}exercises/core/restore.ts`)).toBe(false);
    expect(test.test(`${root}exercises/core/store.test.ts`)).toBe(false);
  });

  it('put each core file in one group', () => {
    const files = Object.values(CHUNK_FILES).flat();
    expect(new Set(files).size).toBe(files.length);
    for (const file of files) {
      const groups = CHUNK_GROUPS.filter((g) => g.test.test(`${root}${file}`));
      expect(groups.map((g) => g.name)).toHaveLength(1);
    }
  });
});

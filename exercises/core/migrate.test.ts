import { describe, expect, it } from 'vitest';
import { migrateData } from './migrate';
import { notesDefinition } from './testing';

describe('migrateData', () => {
  it('leaves current data alone', () => {
    const data = { text: 'a', count: '', items: [] };
    expect(migrateData(notesDefinition, data, 2)).toEqual({
      ok: true,
      data,
      from: 2,
      migrated: false,
    });
  });

  it('runs each step in order from the stored version', () => {
    const calls: number[] = [];
    const def = {
      ...notesDefinition,
      schemaVersion: 3,
      migrations: {
        0: (d: unknown) => (calls.push(0), { ...(d as object), zero: true }),
        1: (d: unknown) => (calls.push(1), { ...(d as object), one: true }),
        2: (d: unknown) => (calls.push(2), { ...(d as object), two: true }),
      },
    };
    const result = migrateData(def, {}, 1);
    expect(calls).toEqual([1, 2]);
    expect(result).toEqual({ ok: true, data: { one: true, two: true }, from: 1, migrated: true });
  });

  it('reports a newer version instead of touching it', () => {
    expect(migrateData(notesDefinition, { x: 1 }, 5)).toEqual({
      ok: false,
      reason: 'newer',
      version: 5,
    });
  });

  it.each([
    [-1, 'invalid-version'],
    [1.5, 'invalid-version'],
  ])('rejects version %d', (version, reason) => {
    expect(migrateData(notesDefinition, {}, version)).toMatchObject({ ok: false, reason });
  });

  it('reports a missing step and a step that throws', () => {
    expect(migrateData(notesDefinition, {}, 0)).toEqual({
      ok: false,
      reason: 'missing-migration',
      version: 0,
    });
    const def = {
      ...notesDefinition,
      migrations: {
        1: () => {
          throw new Error('x');
        },
      },
    };
    expect(migrateData(def, {}, 1)).toEqual({ ok: false, reason: 'failed', version: 1 });
  });
});

// Restore checks every worksheet the registry lists: a worksheet added to exercises/registry.ts
// needs no edit here for its backups to be validated. The registry is extended with a
// throw-away fixture worksheet (never shipped) that reuses the SMART goal's schema.
import { describe, expect, it, vi } from 'vitest';
import { KEY_PREFIX } from '../../exercises/core/storage';

vi.mock('../../exercises/registry', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../exercises/registry')>();
  const fixture = {
    ...real.WORKSHEETS[0],
    id: 'fixture-sheet',
    title: '测试练习',
    parts: async () => ({
      ...(await real.WORKSHEETS[0].parts()),
      definition: () =>
        import('../../exercises/smart-goal/definition').then((m) => ({
          ...m.smartGoalDefinition,
          id: 'fixture-sheet',
        })),
    }),
  } as (typeof real.WORKSHEETS)[number];
  const WORKSHEETS = [...real.WORKSHEETS, fixture];
  return {
    ...real,
    WORKSHEETS,
    findWorksheet: (id: string) => WORKSHEETS.find((w) => w.id === id),
  };
});

const { parseBackup } = await import('./backup');

describe('backup and the registry', () => {
  it('validates the documents of every registered worksheet, including a new one', () => {
    const key = `${KEY_PREFIX}mine:fixture-sheet:doc:d1`;
    const broken = JSON.stringify({
      exercise: 'fixture-sheet',
      schemaVersion: 1,
      id: 'd1',
      title: '坏文档',
      createdAt: '2026-11-01T08:00:00.000Z',
      updatedAt: '2026-11-01T08:00:00.000Z',
      data: { name: 42 },
    });
    const file = {
      format: 'smc-backup',
      version: 1,
      exportedAt: '2026-11-02T08:00:00.000Z',
      items: { [key]: broken },
    };
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.items[key]).toBeUndefined();
    expect(parsed.skipped.map((s) => [s.key, s.what])).toEqual([[key, '练习文档「坏文档」']]);
  });
});

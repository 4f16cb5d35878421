import { describe, expect, it } from 'vitest';
import type { WorksheetDocument } from './document';
import { needsExportReminder } from './reminder';

const doc = (id: string, createdAt: string): WorksheetDocument<unknown> => ({
  id,
  exercise: 'notes',
  schemaVersion: 1,
  title: id,
  createdAt,
  updatedAt: createdAt,
  data: {},
});

const NOW = new Date('2026-11-28T12:00:00Z');

describe('needsExportReminder', () => {
  it.each([
    ['no documents', [], {}, false],
    ['a document two days old', [doc('a', '2026-11-26T12:00:00Z')], {}, false],
    ['a document three days old, never exported', [doc('a', '2026-11-25T12:00:00Z')], {}, true],
    [
      'an old document that was exported',
      [doc('a', '2026-11-01T00:00:00Z')],
      { exported: { a: '2026-11-02T00:00:00Z' } },
      false,
    ],
    [
      'dismissed ten days ago',
      [doc('a', '2026-11-01T00:00:00Z')],
      { reminderDismissedAt: '2026-11-18T00:00:00Z' },
      false,
    ],
    [
      'dismissed forty days ago',
      [doc('a', '2026-10-01T00:00:00Z')],
      { reminderDismissedAt: '2026-10-19T00:00:00Z' },
      true,
    ],
  ])('%s → %s', (_, docs, meta, expected) => {
    expect(needsExportReminder(docs, { exported: {}, ...meta }, NOW)).toBe(expected);
  });
});

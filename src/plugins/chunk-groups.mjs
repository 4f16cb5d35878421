// @ts-check
/**
 * Chunks of the client build. Left to itself the bundler splits what the worksheet islands
 * share into many small files (one per set of pages that use them), and small files compress
 * poorly. These groups keep them together: what every worksheet loads at once in one chunk,
 * Preact in one, and what other pages load too (reading progress uses storage; the 汇总 page
 * uses document, files, strings, the size limits and loadOnce; every page the preload helper)
 * in chunks of their own, so that no page loads a worksheet's code it does not use. The size
 * check (npm test) reports what each page loads; a module added here or moved between them
 * shows up there.
 *
 * Files are named by path (from the project root) and matched whole; chunk-groups.test.ts
 * checks that every one exists, so a renamed or removed file cannot drop out unnoticed.
 */

/** Files of each project group, by path from the project root. */
export const CHUNK_FILES = {
  storage: ['exercises/core/storage.ts', 'exercises/core/json.ts'],
  core: [
    'exercises/core/document.ts',
    'exercises/core/files.ts',
    'exercises/core/strings.ts',
    'exercises/core/dates.ts',
    'exercises/core/text.ts',
    'exercises/core/limits.ts',
    'exercises/core/load-once.ts',
  ],
  worksheet: [
    'exercises/core/controller.ts',
    'exercises/core/controller-session.ts',
    'exercises/core/controller-documents.ts',
    'exercises/core/controller-transfer.ts',
    'exercises/core/controller-links.ts',
    'exercises/core/controller-workshop.ts',
    'exercises/core/store.ts',
    'exercises/core/store-keys.ts',
    'exercises/core/store-read.ts',
    'exercises/core/store-write.ts',
    'exercises/core/autosave.ts',
    'exercises/core/reminder.ts',
    'exercises/core/ui/useWorksheet.ts',
    'exercises/core/ui/WorksheetIsland.tsx',
    'exercises/core/ui/WorksheetShell.tsx',
    'exercises/core/ui/DocumentBar.tsx',
    'exercises/core/ui/TransferBar.tsx',
    'exercises/core/ui/fields.tsx',
    'exercises/core/ui/frame.ts',
    'exercises/core/ui/lazy.tsx',
    'exercises/core/ui/browser.ts',
    'exercises/core/ui/Deferred.tsx',
  ],
};

/** A module id that is one of `files` (ids are absolute paths, possibly with a `?query`). */
export function filesPattern(/** @type {readonly string[]} */ files) {
  const escaped = files.map((file) => file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?:^|/)(?:${escaped.join('|')})$`);
}

export const CHUNK_GROUPS = [
  { name: 'preload-helper', test: /preload-helper/, priority: 5 },
  { name: 'storage', test: filesPattern(CHUNK_FILES.storage), priority: 4 },
  { name: 'core', test: filesPattern(CHUNK_FILES.core), priority: 3 },
  { name: 'preact', test: /node_modules\/preact\//, priority: 2 },
  { name: 'worksheet', test: filesPattern(CHUNK_FILES.worksheet), priority: 1 },
];

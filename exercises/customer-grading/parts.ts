/**
 * The parts of this worksheet the site loads on demand (see WorksheetParts in
 * exercises/registry.ts); each loads its own code only when called.
 */
import type { ComponentType } from 'preact';
import type { ExerciseDefinition, WorksheetDocument } from '../core/document';
import type { SheetsOf } from '../core/sheets';
import type { WorksheetParts } from '../registry';

export const parts: WorksheetParts = {
  definition: () =>
    import('./definition').then((m) => m.gradingDefinition as ExerciseDefinition<unknown>),
  collectBody: () => import('./CollectBody').then((m) => m.default),
  collectMerged: () =>
    import('./CollectMerged').then(
      (m) => m.default as ComponentType<{ docs: WorksheetDocument<unknown>[] }>,
    ),
  sheets: () => import('./sheet').then((m) => m.gradingSheets as SheetsOf<unknown>),
  example: () => import('./model').then((m) => m.exampleData()),
};

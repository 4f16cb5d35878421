/**
 * The parts of this worksheet the site loads on demand (see WorksheetParts in
 * exercises/registry.ts); each loads its own code only when called.
 */
import type { ExerciseDefinition } from '../core/document';
import type { SheetsOf } from '../core/sheets';
import type { WorksheetParts } from '../registry';

export const parts: WorksheetParts = {
  definition: () =>
    import('./definition').then((m) => m.commissionDefinition as ExerciseDefinition<unknown>),
  collectBody: () => import('./CollectBody').then((m) => m.default),
  sheets: () => import('./sheet').then((m) => m.commissionSheets as SheetsOf<unknown>),
  example: () => import('./model').then((m) => m.exampleData()),
};

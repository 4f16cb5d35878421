/** The parts of the memo worksheet the site loads on demand (see WorksheetParts). */
import type { ExerciseDefinition } from '../../core/document';
import type { SheetsOf } from '../../core/sheets';
import type { WorksheetParts } from '../../registry';

export const parts: WorksheetParts = {
  definition: () =>
    import('./definition').then((m) => m.memoDefinition as ExerciseDefinition<unknown>),
  collectBody: () => import('./CollectBody').then((m) => m.default),
  sheets: () => import('./sheet').then((m) => m.memoSheets as SheetsOf<unknown>),
  example: () => import('./model').then((m) => m.exampleData()),
};

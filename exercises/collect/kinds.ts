/**
 * What the 汇总 page needs per worksheet type: its definition (to read files and links), a
 * compact read-only body for the side-by-side cards, and its spreadsheet description (loaded on
 * 导出 Excel / 导出 CSV). Each type loads on demand, so the page
 * carries only the worksheet being collected.
 */
import type { ComponentType } from 'preact';
import type { ExerciseDefinition } from '../core/document';
import type { SheetsOf } from '../core/sheets';

export interface Kind {
  def: ExerciseDefinition<unknown>;
  Body: ComponentType<{ data: unknown }>;
  sheets(): Promise<SheetsOf<unknown>>;
}

export const KINDS: Record<string, () => Promise<Kind>> = {
  swot: () => import('./kind-swot').then((m) => m.kind),
  'smart-goal': () => import('./kind-smart-goal').then((m) => m.kind),
  'channel-pricing': () => import('./kind-channel-pricing').then((m) => m.kind),
};

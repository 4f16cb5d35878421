/**
 * What the 汇总 page needs per worksheet type, taken from the worksheet's registry entry: its
 * definition (to read files and links), a compact read-only body for the side-by-side cards,
 * and its spreadsheet description (loaded on 导出 Excel / 导出 CSV). Each type loads on
 * demand, so the page carries only the worksheet being collected.
 */
import type { ComponentType } from 'preact';
import type { ExerciseDefinition, WorksheetDocument } from '../core/document';
import type { SheetsOf } from '../core/sheets';
import { findWorksheet } from '../registry';

export interface Kind {
  def: ExerciseDefinition<unknown>;
  Body: ComponentType<{ data: unknown }>;
  /** All collected documents together, below the cards (only some worksheets have one). */
  Merged?: ComponentType<{ docs: WorksheetDocument<unknown>[] }>;
  sheets(): Promise<SheetsOf<unknown>>;
}

/** The 汇总 parts of worksheet `id`; rejects for an id that is not in the registry. */
export async function loadKind(id: string): Promise<Kind> {
  const entry = findWorksheet(id);
  if (!entry) throw new Error(`Worksheet "${id}" is not in exercises/registry.ts`);
  const parts = await entry.parts();
  const [def, Body, Merged] = await Promise.all([
    parts.definition(),
    parts.collectBody(),
    parts.collectMerged?.(),
  ]);
  return { def, Body, Merged, sheets: parts.sheets };
}

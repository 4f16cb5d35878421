/**
 * What the 汇总 page needs per worksheet type, taken from the worksheet's registry entry: its
 * definition (to read files and links), a compact read-only body for the side-by-side cards
 * with the merged view (loaded with the first document collected), and its spreadsheet
 * description (loaded on 导出 Excel / 导出 CSV). Each type loads on demand, so the page carries
 * only the worksheet being collected, and before any file arrives only what reads files.
 */
import type { ComponentType } from 'preact';
import type { ExerciseDefinition, WorksheetDocument } from '../core/document';
import type { SheetsOf } from '../core/sheets';
import { loadOnce } from '../core/load-once';
import { findWorksheet, type WorksheetParts } from '../registry';

/** How a type's collected documents are shown. */
export interface KindViews {
  Body: ComponentType<{ data: unknown }>;
  /** All collected documents together, below the cards (only some worksheets have one). */
  Merged?: ComponentType<{ docs: WorksheetDocument<unknown>[] }>;
}

export interface Kind {
  def: ExerciseDefinition<unknown>;
  /** Loads the views when first called; again after a failure. */
  views(): Promise<KindViews>;
  sheets(): Promise<SheetsOf<unknown>>;
}

/** The 汇总 parts of worksheet `id`; rejects for an id that is not in the registry. */
export async function loadKind(id: string): Promise<Kind> {
  const entry = findWorksheet(id);
  if (!entry) throw new Error(`Worksheet "${id}" is not in exercises/registry.ts`);
  return kindOf(await entry.parts());
}

/** A worksheet's 汇总 parts: its definition now, its views and sheets when asked for. */
export async function kindOf(parts: WorksheetParts): Promise<Kind> {
  return {
    def: await parts.definition(),
    views: loadOnce(async () => {
      const [Body, Merged] = await Promise.all([parts.collectBody(), parts.collectMerged?.()]);
      return { Body, Merged };
    }),
    sheets: parts.sheets,
  };
}

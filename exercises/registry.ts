/**
 * The worksheets of the course: one definition per worksheet, each in its own folder
 * (`exercises/<id>/worksheet.ts`), listed here. Everything the site shows of a worksheet reads
 * this list: its page (src/components/Worksheet.astro renders `exercises/<id>/Page.astro`), the
 * embed route (`exercises/<id>/Embed.astro`), 学习进度 backup and restore (the schema), 汇总 (its
 * compact body and spreadsheet description), share links, print and the chapter links.
 *
 * Only the names are loaded with this list; every heavier part is a function that loads it with
 * import() when it is needed, so a page carries no other worksheet's code.
 * `ready: false` marks a worksheet whose interactive version is not built yet (chapters then
 * show a paper-only note).
 */
import type { ComponentType } from 'preact';
import type { ExerciseDefinition, WorksheetDocument } from './core/document';
import type { SheetsOf } from './core/sheets';
import { actionPlanEntry } from './action-plan/worksheet';
import { channelPricingEntry } from './channel-pricing/worksheet';
import { commissionPlanEntry } from './commission-plan/worksheet';
import { customerGradingEntry } from './customer-grading/worksheet';
import { pipelineForecastEntry } from './pipeline-forecast/worksheet';
import { scorecardEntry } from './scorecard/worksheet';
import { smartGoalEntry } from './smart-goal/worksheet';
import { swotEntry } from './swot/worksheet';
import { teamCompetencyEntry } from './team-competency/worksheet';

export interface WorksheetInfo {
  id: string;
  title: string;
  summary: string;
  /** Chapter a learner should read first (site path). */
  chapter: string;
  ready: boolean;
}

/**
 * The parts of a worksheet the site loads on demand (`exercises/<id>/parts.ts`). Each is a
 * function that loads its own code when called.
 */
export interface WorksheetParts {
  /** Schema and migrations (`definition.ts`, with the validation library). */
  definition(): Promise<ExerciseDefinition<unknown>>;
  /** The compact read-only view of one document on the 汇总 page. */
  collectBody(): Promise<ComponentType<{ data: unknown }>>;
  /** Optional: a view of all collected documents together, below the cards on the 汇总 page. */
  collectMerged?(): Promise<ComponentType<{ docs: WorksheetDocument<unknown>[] }>>;
  /** The spreadsheet description for 导出 Excel / 导出 CSV (`sheet.ts`). */
  sheets(): Promise<SheetsOf<unknown>>;
  /** The worked example (`?example=1`, 载入示例). */
  example(): Promise<unknown>;
}

/**
 * One worksheet's definition (`exercises/<id>/worksheet.ts`): its names, and its parts behind
 * one import(), so that an island reading this list (for a title or a link) carries no more
 * than the names. The island on a page and on the embed route is `exercises/<id>/Page.astro`
 * and `exercises/<id>/Embed.astro` (see src/components/worksheet-views.ts for why).
 */
export interface WorksheetEntry extends WorksheetInfo {
  parts(): Promise<WorksheetParts>;
  /** A text field the contract test fills on the page (its visible label) and the value. */
  contract: { field: string; value: string };
}

export const WORKSHEETS: readonly WorksheetEntry[] = [
  smartGoalEntry,
  swotEntry,
  channelPricingEntry,
  commissionPlanEntry,
  teamCompetencyEntry,
  scorecardEntry,
  actionPlanEntry,
  pipelineForecastEntry,
  customerGradingEntry,
];

const PART_NAMES = ['definition', 'collectBody', 'sheets', 'example'] as const;

/** What a worksheet definition lacks among its names, one message per gap; empty when complete. */
export function checkEntry(entry: Partial<WorksheetEntry>): string[] {
  const id = entry.id || '(no id)';
  const problems: string[] = [];
  for (const key of ['id', 'title', 'summary', 'chapter'] as const)
    if (typeof entry[key] !== 'string' || !entry[key]) problems.push(`${id}: missing ${key}`);
  if (typeof entry.ready !== 'boolean') problems.push(`${id}: missing ready`);
  if (typeof entry.parts !== 'function') problems.push(`${id}: missing parts`);
  if (!entry.contract?.field || !entry.contract.value) problems.push(`${id}: missing contract`);
  return problems;
}

/** What a worksheet definition lacks, its loaded parts included; empty when complete. */
export async function checkWorksheet(entry: Partial<WorksheetEntry>): Promise<string[]> {
  const problems = checkEntry(entry);
  if (typeof entry.parts !== 'function') return problems;
  const parts: Partial<WorksheetParts> = await entry.parts();
  for (const name of PART_NAMES)
    if (typeof parts[name] !== 'function') problems.push(`${entry.id}: missing ${name}`);
  return problems;
}

/** The schema and migrations of worksheet `entry`. */
export async function loadDefinition(entry: WorksheetEntry): Promise<ExerciseDefinition<unknown>> {
  return (await entry.parts()).definition();
}

export function findWorksheet(id: string): WorksheetEntry | undefined {
  return WORKSHEETS.find((w) => w.id === id);
}

/**
 * The worksheet a page embeds, for components that cannot render without it: throws (failing the
 * build) when the id is unknown or its interactive version is not ready yet.
 */
export function requireWorksheet<W extends WorksheetInfo>(
  id: string,
  worksheets: readonly W[] = WORKSHEETS as unknown as readonly W[],
): W {
  const info = worksheets.find((w) => w.id === id);
  if (!info?.ready)
    throw new Error(`Worksheet "${id}" is not available (see exercises/registry.ts)`);
  return info;
}

/**
 * Which course pages take part in reading progress (build time only): every page of a module
 * (chapters and knowledge checks) and every worksheet page. They carry the end-of-page marker,
 * so they are the only places 继续阅读 can lead to.
 */
import { MODULES } from '../course/modules.mjs';
import { entryPath, moduleOf } from '../course/print-edition';

/** True when the page with this content id is remembered for 继续阅读. */
export function tracksProgress(entryId: string): boolean {
  if (!entryId.includes('/')) return false;
  const section = moduleOf(entryId);
  return section === 'exercises' || MODULES.some((m) => m.id === section);
}

/** True for a page of questions in a module: its 知识自测, and 入门自测 in 课程导入. */
export function isQuestionPage(entryId: string): boolean {
  return /\/(quiz|self-assessment)$/.test(entryId);
}

/** True for a chapter: a module page that counts towards reading progress. */
export function isChapterEntry(entryId: string): boolean {
  return MODULES.some((m) => m.id === moduleOf(entryId)) && !isQuestionPage(entryId);
}

/** Site paths (without the base) of every page 继续阅读 may lead to. */
export function trackedPaths(entryIds: readonly string[]): string[] {
  return entryIds.filter(tracksProgress).map(entryPath).sort();
}

/**
 * The 90 天行动计划 as a spreadsheet (导出 Excel / 导出 CSV): 概况 (start date, 下一个 90 天的
 * 重点), 阶段 (dates and 复盘日期), 阶段目标与复盘 (each goal with its 结果 and 原因) and 行动
 * (负责人, 完成日期, its day of the plan, 状态). Pure; loaded on export.
 */
import type { WorksheetDocument } from '../core/document';
import { SHEET_TEXT } from '../core/sheet-strings';
import { date, fieldsSheet, num, text, type Sheet } from '../core/sheets';
import { phaseRanges, planDay, type ActionPlanData } from './model';
import { SHEET } from './sheet-strings';
import { FIELD, phaseName, PHASES, STATUS_LABEL } from './strings';

export function actionPlanSheets(doc: WorksheetDocument<ActionPlanData>): Sheet[] {
  const { data } = doc;
  const ranges = phaseRanges(data.start);
  const overview = fieldsSheet(SHEET.overview, doc, [
    [FIELD.start, date(data.start)],
    [FIELD.focus, text(data.focus)],
  ]);
  const phases: Sheet = {
    name: SHEET.phases,
    columns: [
      { header: SHEET.phase, width: 24 },
      { header: SHEET.from, width: 12 },
      { header: SHEET.to, width: 12 },
      { header: FIELD.review, width: 12 },
    ],
    rows: data.phases.map((phase, p) => [
      text(phaseName(p)),
      ranges ? date(ranges[p].from) : null,
      ranges ? date(ranges[p].to) : null,
      date(phase.review),
    ]),
  };
  const goals: Sheet = {
    name: SHEET.goals,
    columns: [
      { header: SHEET.phase, width: 14 },
      { header: SHEET_TEXT.number },
      { header: FIELD.goal, width: 50 },
      { header: FIELD.result, width: 40 },
      { header: FIELD.cause, width: 40 },
    ],
    rows: data.phases.flatMap((phase, p) =>
      phase.goals.map((g, i) => [
        text(PHASES[p].days),
        num(i + 1, '0'),
        text(g.text),
        text(g.result),
        text(g.cause),
      ]),
    ),
  };
  const actions: Sheet = {
    name: SHEET.actions,
    columns: [
      { header: SHEET.phase, width: 14 },
      { header: SHEET_TEXT.number },
      { header: FIELD.action, width: 40 },
      { header: FIELD.owner, width: 16 },
      { header: FIELD.due, width: 12 },
      { header: SHEET.day },
      { header: FIELD.status },
    ],
    rows: data.phases.flatMap((phase, p) =>
      phase.actions.map((a, i) => [
        text(PHASES[p].days),
        num(i + 1, '0'),
        text(a.text),
        text(a.owner),
        date(a.due),
        num(planDay(data.start, a.due), '0'),
        text(STATUS_LABEL[a.status]),
      ]),
    ),
  };
  return [overview, phases, goals, actions];
}

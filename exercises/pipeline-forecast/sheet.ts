/**
 * The 销售漏斗预测 as a spreadsheet (导出 Excel / 导出 CSV): the period's figures, the stages
 * with their win rates and figures, the deals (with whether each counts in the period) and the
 * accuracy of past periods. Rates are real fractions ('0.0%'). Pure; loaded on export.
 */
import type { WorksheetDocument } from '../core/document';
import { numberOrNull } from '../core/numbers';
import { date, fieldsSheet, num, text, type Cell, type Sheet } from '../core/sheets';
import { accuracy, forecast, inPeriod } from './forecast';
import { MONEY_INPUT } from './money-input';
import type { PipelineData } from './model';
import { RESULTS } from './results-strings';
import { SHEET } from './sheet-strings';
import { CATEGORY_LABELS, FORM, LABELS } from './strings';

const money = (value: number | null): Cell => (value === null ? null : num(value, '#,##0.00'));
const typed = (raw: string): Cell => {
  const value = numberOrNull(raw, MONEY_INPUT);
  return value === null ? (raw.trim() ? text(raw) : null) : money(value);
};

export function pipelineSheets(doc: WorksheetDocument<PipelineData>, now: Date): Sheet[] {
  const { data } = doc;
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const result = forecast(data, today);
  const overview = fieldsSheet(SHEET.overview, doc, [
    [LABELS.period, text(data.periodName)],
    [FORM.periodStart, date(data.periodStart)],
    [FORM.periodEnd, date(data.periodEnd)],
    [LABELS.target, typed(data.target)],
    [FORM.closed, typed(data.closed)],
    [RESULTS.pipeline, money(result.pipeline.toNumber())],
    [RESULTS.weighted, money(result.weighted.toNumber())],
    [RESULTS.commit, money(result.commit.toNumber())],
    [RESULTS.bestCase, money(result.bestCase.toNumber())],
    [RESULTS.coverage, result.coverage ? num(result.coverage.round(4).toNumber(), '0.00') : null],
  ]);
  const stages: Sheet = {
    name: SHEET.stages,
    columns: [
      { header: RESULTS.stage },
      { header: RESULTS.probability },
      { header: RESULTS.count },
      { header: RESULTS.amount },
      { header: RESULTS.weightedCol },
      { header: RESULTS.conversion },
    ],
    rows: result.byStage.map((s, i) => [
      text(s.stage.name),
      s.probability ? num(s.probability.toNumber(), '0.0%') : text(s.stage.probability),
      num(s.count, '0'),
      money(s.amount.toNumber()),
      money(s.weighted.toNumber()),
      result.funnel[i]?.conversion
        ? num(result.funnel[i]!.conversion!.round(4).toNumber(), '0.0%')
        : null,
    ]),
  };
  const stageName = new Map(data.stages.map((s) => [s.id, s.name]));
  const deals: Sheet = {
    name: SHEET.deals,
    columns: [
      { header: LABELS.customer, width: 24 },
      { header: LABELS.amount },
      { header: LABELS.stage },
      { header: LABELS.closeDate },
      { header: LABELS.owner },
      { header: LABELS.category },
      { header: SHEET.inPeriod },
    ],
    rows: data.deals.map((d) => [
      text(d.customer),
      typed(d.amount),
      text(stageName.get(d.stage) ?? ''),
      date(d.closeDate),
      text(d.owner),
      text(CATEGORY_LABELS[d.category]),
      text(inPeriod(d, data.periodStart, data.periodEnd) ? SHEET.yes : SHEET.no),
    ]),
  };
  const history: Sheet = {
    name: SHEET.history,
    columns: [
      { header: FORM.historyPeriod },
      { header: FORM.historyForecast },
      { header: FORM.historyActual },
      { header: FORM.historyAccuracy },
    ],
    rows: data.history.map((h) => {
      const a = accuracy(h);
      return [
        text(h.period),
        typed(h.forecast),
        typed(h.actual),
        a ? num(a.round(4).toNumber(), '0.0%') : null,
      ];
    }),
  };
  return [overview, stages, deals, history];
}

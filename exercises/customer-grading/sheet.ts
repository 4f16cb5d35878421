/**
 * The 客户分级与流失预警 as a spreadsheet (导出 Excel / 导出 CSV): the team and date, every
 * customer with its scores, 评分, 等级, signals, 风险得分, 风险等级 and 挽回措施, and the pyramid
 * (shares as real fractions, '0.0%'). Pure; loaded on export.
 */
import type { WorksheetDocument } from '../core/document';
import { date, fieldsSheet, num, text, type Cell, type Sheet } from '../core/sheets';
import { parseNumberInput } from '../core/numbers';
import { assessAll, ORDERS_INPUT, pyramid, readScore, revenueFen } from './grading';
import type { GradingData } from './model';
import { RESULTS } from './results-strings';
import { RISK_TEXT, SIGNAL_TEXT } from './risk-strings';
import { DIMENSIONS } from './shape';
import { SHEET } from './sheet-strings';
import { DIMENSION_LABELS, gradeLabel, LABELS } from './strings';

const money = (fen: number | null): Cell => (fen === null ? null : num(fen / 100, '#,##0.00'));
const MEASURES = ['orders3m', 'ordersPrior', 'purchase3m', 'purchasePrior'] as const;
/** A figure as a number cell when it reads, else as the text typed. */
function typed(raw: string, key: (typeof MEASURES)[number]): Cell {
  if (key.startsWith('orders')) {
    const read = parseNumberInput(raw, ORDERS_INPUT);
    if (read.ok) return num(read.value, '0');
  } else {
    const fen = revenueFen(raw);
    if (fen !== null) return money(fen);
  }
  return raw.trim() ? text(raw) : null;
}

export function gradingSheets(doc: WorksheetDocument<GradingData>): Sheet[] {
  const { data } = doc;
  const assessed = assessAll(data.customers);
  const tiers = pyramid(assessed);
  const overview = fieldsSheet(SHEET.overview, doc, [
    [LABELS.team, text(data.team)],
    [LABELS.reviewed, date(data.reviewed)],
  ]);
  const customers: Sheet = {
    name: SHEET.customers,
    columns: [
      { header: LABELS.name, width: 24 },
      { header: LABELS.revenue },
      ...DIMENSIONS.map((d) => ({ header: DIMENSION_LABELS[d] })),
      { header: LABELS.score },
      { header: LABELS.grade },
      { header: LABELS.signals, width: 30 },
      ...MEASURES.map((key) => ({ header: LABELS[key] })),
      { header: LABELS.riskScore },
      { header: LABELS.risk },
      { header: LABELS.action, width: 40 },
      { header: LABELS.owner },
      { header: LABELS.due },
    ],
    rows: assessed.map((a) => {
      const c = a.customer;
      return [
        text(c.name),
        a.revenue === null ? (c.revenue.trim() ? text(c.revenue) : null) : money(a.revenue),
        ...DIMENSIONS.map((d) => num(readScore(c[d]), '0')),
        a.score === null ? null : num(a.score / 100, '0.00'),
        a.grade ? text(gradeLabel(a.grade)) : null,
        text(a.signals.map((s) => SIGNAL_TEXT[s].name).join(SHEET.signalSeparator)),
        ...MEASURES.map((key) => typed(c[key], key)),
        num(a.points, '0'),
        text(RISK_TEXT[a.level].name),
        text(c.action),
        text(c.owner),
        date(c.due),
      ];
    }),
  };
  const pyramidSheet: Sheet = {
    name: SHEET.pyramid,
    columns: [
      { header: LABELS.grade, width: 20 },
      { header: RESULTS.count },
      { header: LABELS.revenue },
      { header: RESULTS.share },
    ],
    rows: tiers.tiers.map((t) => [
      text(gradeLabel(t.grade)),
      num(t.count, '0'),
      money(t.revenue),
      t.share === null ? null : num(Math.round(t.share * 10) / 1000, '0.0%'),
    ]),
  };
  return [overview, customers, pyramidSheet];
}

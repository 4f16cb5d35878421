/**
 * The 提成方案测算 as a spreadsheet (导出 Excel / 导出 CSV): the plan and the team's totals,
 * the tiers and margin factors, each rep with attainment, commission and pay, and the pay curve
 * every 10%. Rates are real fractions ('0.0%'). Pure; loaded on export.
 */
import type { WorksheetDocument } from '../core/document';
import { numberOrNull } from '../core/numbers';
import { fieldsSheet, num, text, type Cell, type Sheet } from '../core/sheets';
import { paySteps } from './figures-format';
import { FACTOR_INPUT, MONEY_INPUT, PERCENT_INPUT, type CommissionData } from './model';
import { curveTable, teamFigures } from './pay';
import { RESULTS } from './results-strings';
import { SHEET } from './sheet-strings';
import { BASE_LABELS, FORM, LABELS } from './strings';

const money = (value: number | null): Cell => (value === null ? null : num(value, '#,##0.00'));
const typed = (raw: string, rule = MONEY_INPUT): Cell => {
  const value = numberOrNull(raw, rule);
  return value === null ? (raw.trim() ? text(raw) : null) : num(value, '#,##0.00');
};
const percent = (raw: string): Cell => {
  const value = numberOrNull(raw, PERCENT_INPUT);
  return value === null ? (raw.trim() ? text(raw) : null) : num(value / 100, '0.0%');
};
const rate = (value: { round(dp: number): { toNumber(): number } } | null): Cell =>
  value ? num(value.round(4).toNumber(), '0.0%') : null;

export function commissionSheets(doc: WorksheetDocument<CommissionData>): Sheet[] {
  const { data } = doc;
  const reading = teamFigures(data);
  const team = reading.ok ? reading.team : null;
  const plan = fieldsSheet(SHEET.plan, doc, [
    [LABELS.baseSalary, typed(data.baseSalary)],
    [LABELS.base, text(BASE_LABELS[data.base])],
    [LABELS.method, text(RESULTS.methodShort[data.method])],
    [LABELS.collectionShare, percent(data.collectionShare)],
    [LABELS.cap, data.cap.trim() ? typed(data.cap) : text(SHEET.none)],
    [LABELS.chartTarget, typed(data.chartTarget)],
    [RESULTS.totalSales, team ? money(team.totalSales.toNumber()) : null],
    [RESULTS.totalCommission, team ? money(team.totalCommission.toNumber()) : null],
    [RESULTS.totalPay, team ? money(team.totalPay.toNumber()) : null],
    [RESULTS.costRatio, rate(team?.costRatio ?? null)],
  ]);
  const tiers: Sheet = {
    name: SHEET.tiers,
    columns: [{ header: FORM.tierFrom }, { header: FORM.tierRate }],
    rows: data.tiers.map((t) => [percent(t.from), percent(t.rate)]),
  };
  const margin: Sheet = {
    name: SHEET.margin,
    columns: [{ header: FORM.bandFrom }, { header: FORM.bandFactor }],
    rows: data.marginBands.map((b) => [percent(b.from), typed(b.factor, FACTOR_INPUT)]),
  };
  const pays = new Map(team?.pays.map((p) => [p.rep.id, p]));
  const reps: Sheet = {
    name: SHEET.reps,
    columns: [
      { header: LABELS.rep, width: 16 },
      { header: LABELS.target },
      { header: LABELS.sales },
      { header: LABELS.margin },
      { header: LABELS.collected },
      { header: LABELS.performance },
      { header: RESULTS.attainment },
      { header: RESULTS.steps, width: 48 },
      { header: RESULTS.commission },
      { header: RESULTS.pay },
    ],
    rows: data.reps.map((r) => {
      const p = pays.get(r.id);
      return [
        text(r.name),
        typed(r.target),
        typed(r.sales),
        typed(r.margin),
        typed(r.collected),
        typed(r.performance, FACTOR_INPUT),
        rate(p?.attainment ?? null),
        p && team ? text(paySteps(team.plan, p)) : null,
        p ? money(p.commission.toNumber()) : null,
        p ? money(p.pay.toNumber()) : null,
      ];
    }),
  };
  const curve: Sheet = {
    name: SHEET.curve,
    columns: [
      { header: RESULTS.attainment },
      { header: RESULTS.progressive },
      { header: RESULTS.flat },
    ],
    rows:
      team && team.curve
        ? curveTable(team.plan, team.curve).map((row) => [
            num(row.a.toNumber(), '0.0%'),
            money(row.progressive.toNumber()),
            money(row.flat.toNumber()),
          ])
        : [],
  };
  return [plan, tiers, margin, reps, curve];
}

/**
 * The SMART goal as a spreadsheet (导出 Excel / 导出 CSV): the goal with its figures, the five
 * checks, the milestones, the cascade to periods and to people, and 达成率 tracking. Figures are numbers in the
 * goal's unit (a % goal as a real fraction). Pure; loaded on export.
 */
import { toIsoDate } from '../core/dates';
import { numberOrNull } from '../core/numbers';
import type { WorksheetDocument } from '../core/document';
import { SHEET_TEXT } from '../core/sheet-strings';
import {
  date,
  fieldsSheet,
  num,
  text,
  type Cell,
  type NumberFormat,
  type Sheet,
} from '../core/sheets';
import { changePercent, checkSmart, composeStatement, LETTERS } from './checks';
import {
  normalizeCascade,
  periodShape,
  planCascade,
  readAmounts,
  unitDecimals,
  WEIGHT_INPUT,
  type SmartGoalData,
} from './model';
import { SHEET } from './sheet-strings';
import { periodLabels, personMonth } from './cascade-labels';
import { trackAttainment } from './cascade-tables';
import { CASCADE } from './cascade-strings';
import { DIRECTION, FIELD, LETTER_NAME, MILESTONE, STATUS_LABEL } from './strings';

const isPercent = (unit: string) => unit === '%' || unit === '％';

/** A baseline or target in its unit: a % as a fraction, whole units, else two decimals. */
function amount(value: number | null, unit: string): Cell {
  if (value === null) return null;
  if (isPercent(unit)) return num(value / 100, '0.0%');
  return num(value, unitDecimals(unit) === 0 ? '#,##0' : '0.00');
}

function goalSheet(doc: WorksheetDocument<SmartGoalData>): Sheet {
  const { data } = doc;
  const { baseline, target, unit } = readAmounts(data);
  const change =
    baseline !== null && target !== null && !isPercent(unit)
      ? changePercent(baseline, target)
      : null;
  return fieldsSheet(SHEET.goal, doc, [
    [FIELD.name, text(data.name)],
    [FIELD.specific, text(data.specific)],
    [FIELD.metric, text(data.metric)],
    [FIELD.baseline, amount(baseline, unit) ?? text(data.baseline)],
    [FIELD.target, amount(target, unit) ?? text(data.target)],
    [FIELD.unit, text(data.unit)],
    [FIELD.direction, text(DIRECTION[data.direction])],
    [SHEET.change, num(change === null ? null : change / 100, '0.0%')],
    [FIELD.achievability, text(data.achievability)],
    [FIELD.parentGoal, text(data.parentGoal)],
    [FIELD.deadline, date(data.deadline)],
    [SHEET.statement, text(composeStatement(data))],
  ]);
}

function checksSheet(data: SmartGoalData, today: string): Sheet {
  const checks = checkSmart(data, today);
  return {
    name: SHEET.checks,
    columns: [
      { header: SHEET.letter },
      { header: SHEET.status },
      { header: SHEET.reason, width: 60 },
    ],
    rows: LETTERS.map((l) => [
      text(LETTER_NAME[l]),
      text(STATUS_LABEL[checks[l].status]),
      text(checks[l].reason),
    ]),
  };
}

function milestonesSheet(data: SmartGoalData): Sheet {
  return {
    name: SHEET.milestones,
    columns: [
      { header: SHEET_TEXT.number },
      { header: MILESTONE.date, width: 12 },
      { header: MILESTONE.description, width: 50 },
    ],
    rows: data.milestones.map((m, i) => [num(i + 1, '0'), date(m.date), text(m.description)]),
  };
}

function cascadeSheets(data: SmartGoalData): Sheet[] {
  const { unit } = readAmounts(data);
  const plan = planCascade(data, unit);
  const cascade = normalizeCascade(data.cascade, periodShape(data.cascade, data.deadline));
  const labels = periodLabels(data);
  const periods: Sheet = {
    name: SHEET.periods,
    columns: [
      { header: SHEET.period },
      { header: SHEET.subPeriod },
      { header: CASCADE.weight },
      { header: CASCADE.share },
      { header: CASCADE.manual },
    ],
    rows: [],
  };
  const members: Sheet = {
    name: SHEET.members,
    columns: [
      { header: CASCADE.name },
      { header: CASCADE.weight },
      { header: CASCADE.share },
      { header: CASCADE.manual },
    ],
    rows: [],
  };
  const tracking: Sheet = {
    name: SHEET.tracking,
    columns: [
      { header: CASCADE.period },
      { header: CASCADE.share },
      { header: CASCADE.actual },
      { header: CASCADE.rate },
      { header: CASCADE.cumTarget },
      { header: CASCADE.cumActual },
      { header: CASCADE.cumRate },
      { header: CASCADE.ofTotal },
    ],
    rows: [],
  };
  const cross: Sheet = { name: SHEET.personMonth, columns: [{ header: CASCADE.name }], rows: [] };
  if (!plan.ok) {
    const why = text(plan.reason === 'no-total' ? CASCADE.noTotal : CASCADE.notAdditive);
    return [
      { ...periods, rows: [[why]] },
      { ...members, rows: [[why]] },
      { ...cross, rows: [[why]] },
      { ...tracking, rows: [[why]] },
    ];
  }
  const format: NumberFormat = plan.decimals === 0 ? '#,##0' : '0.00';
  const weight = (raw: string) => num(numberOrNull(raw, WEIGHT_INPUT), 'General') ?? text(raw);
  labels.shape.forEach((count, i) => {
    const top = labels.top[i];
    const p = plan.periods.ok ? plan.periods.periods[i] : null;
    periods.rows.push([
      text(top),
      null,
      weight(cascade.topWeights[i]),
      num(p?.value, format),
      num(p?.overridden ? p.value : null, format),
    ]);
    for (let j = 0; j < count; j++) {
      const sub = labels.sub[i][j];
      periods.rows.push([
        text(top),
        text(sub),
        weight(cascade.subWeights[i][j]),
        num(p?.subs[j], format),
        null,
      ]);
    }
  });
  periods.rows.push([
    text(CASCADE.sum),
    null,
    null,
    num(plan.periods.ok ? plan.periods.sum : null, format),
    null,
  ]);
  if (plan.members?.ok) {
    members.rows = plan.members.shares.map((s, i) => [
      text(s.name),
      weight(cascade.members[i].weight),
      num(s.value, format),
      num(s.overridden ? s.value : null, format),
    ]);
    members.rows.push([text(CASCADE.sum), null, num(plan.members.sum, format), null]);
  }
  const total: Cell[] = [text(SHEET.total), null, null, num(plan.total, format), null];
  periods.rows.unshift(total);
  if (plan.periods.ok) {
    const names = labels.sub.flat();
    const targets = plan.periods.periods.flatMap((p) => p.subs);
    const rate = (r: number | null, entered: boolean) => num(entered ? r : null, '0.0%');
    tracking.rows = trackAttainment(targets, plan.actuals, plan.total, plan.decimals).map(
      (row, k) => {
        const entered = row.actual !== null;
        return [
          text(names[k]),
          num(row.target, format),
          num(row.actual, format),
          rate(row.rate, entered),
          num(row.cumTarget, format),
          num(entered ? row.cumActual : null, format),
          rate(row.cumRate, entered),
          rate(row.ofTotal, entered),
        ];
      },
    );
  }
  const table = personMonth(data, plan);
  if (table === 'mismatch') cross.rows = [[text(CASCADE.personMonthMismatch)]];
  else if (table === null) cross.rows = [[text(CASCADE.noMembers)]];
  else {
    cross.columns = [
      { header: CASCADE.name },
      ...table.months.map((header) => ({ header })),
      { header: CASCADE.sum },
    ];
    cross.rows = table.cells.map((row, i) => [
      text(table.names[i]),
      ...row.map((v) => num(v, format)),
      num(table.shares[i], format),
    ]);
    cross.rows.push([
      text(CASCADE.sum),
      ...table.monthTargets.map((v) => num(v, format)),
      num(plan.total, format),
    ]);
  }
  return [periods, members, cross, tracking];
}

export function smartGoalSheets(doc: WorksheetDocument<SmartGoalData>, now: Date): Sheet[] {
  return [
    goalSheet(doc),
    checksSheet(doc.data, toIsoDate(now)),
    milestonesSheet(doc.data),
    ...cascadeSheets(doc.data),
  ];
}

/**
 * The 团队能力评估 as a spreadsheet (导出 Excel / 导出 CSV): 概况, every rating (本人 and 经理
 * side by side, with the gap), the dimension averages per person and for the team, and the
 * 个人发展计划. Pure; loaded on export.
 */
import type { WorksheetDocument } from '../core/document';
import { date, fieldsSheet, num, text, type Cell, type Sheet } from '../core/sheets';
import { COMPETENCY_NAME, DIMENSION_NAME } from './competencies';
import { dimensionOf, isRated, ITEMS, planRows, ratingsBy, type Person } from './model';
import type { TeamCompetencyData } from './schema';
import { DIMENSIONS } from './shape';
import { SHEET } from './sheet-strings';
import { averageValue, dimensionAverages, hundredths, type Average } from './stats';
import { FIELD } from './strings';

const score = (s: number | undefined): Cell => (s !== undefined && isRated(s) ? num(s, '0') : null);
const average = (a: Average): Cell =>
  hundredths(a) === null ? null : num(averageValue(a), '0.00');

export function personName(person: Person, index: number): string {
  return person.name.trim() || SHEET.unnamed(index + 1);
}

export function teamCompetencySheets(doc: WorksheetDocument<TeamCompetencyData>): Sheet[] {
  const { data } = doc;
  const overview = fieldsSheet(SHEET.overview, doc, [
    [FIELD.team, text(data.team)],
    [FIELD.date, date(data.date)],
    [SHEET.people, num(data.people.length, '0')],
  ]);
  const ratings: Sheet = {
    name: SHEET.ratings,
    columns: [
      { header: SHEET.person, width: 14 },
      { header: SHEET.dimension },
      { header: SHEET.competency, width: 20 },
      { header: SHEET.selfScore },
      { header: SHEET.managerScore },
      { header: SHEET.gap },
    ],
    rows: data.people.flatMap((p, n) => {
      const { self, manager } = ratingsBy(p);
      return ITEMS.map((i) => {
        const s = self?.[i];
        const m = manager?.[i];
        const both = s !== undefined && m !== undefined && isRated(s) && isRated(m);
        return [
          text(personName(p, n)),
          text(DIMENSION_NAME[dimensionOf(i)]),
          text(COMPETENCY_NAME[i]),
          score(s),
          score(m),
          both ? num(m - s, '0') : null,
        ];
      });
    }),
  };
  const averages: Sheet = {
    name: SHEET.averages,
    columns: [
      { header: SHEET.person, width: 14 },
      ...DIMENSIONS.map((d) => ({ header: DIMENSION_NAME[d] })),
    ],
    rows: [
      ...data.people.map((p, n) => {
        const a = dimensionAverages([p.scores]);
        return [text(personName(p, n)), ...DIMENSIONS.map((d) => average(a[d]))];
      }),
      (() => {
        const a = dimensionAverages(data.people.map((p) => p.scores));
        return [text(SHEET.teamAverage), ...DIMENSIONS.map((d) => average(a[d]))];
      })(),
    ],
  };
  const plan: Sheet = {
    name: SHEET.plan,
    columns: [
      { header: SHEET.person, width: 14 },
      { header: SHEET.competency, width: 20 },
      { header: FIELD.action, width: 40 },
      { header: FIELD.resource, width: 30 },
      { header: FIELD.due },
      { header: FIELD.measure, width: 30 },
    ],
    rows: data.people.flatMap((p, n) =>
      planRows(p).map(({ row }) => [
        text(personName(p, n)),
        text(COMPETENCY_NAME[row.item]),
        text(row.action),
        text(row.resource),
        date(row.due),
        text(row.measure),
      ]),
    ),
  };
  return [overview, ratings, averages, plan];
}

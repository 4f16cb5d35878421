/**
 * The 绩效计分卡 as a spreadsheet (导出 Excel / 导出 CSV): 概况, the indicators with their
 * weights and rules, each member's 实际值 and 得分 per indicator, the ranking with the category
 * scores, and the 绩效面谈 records. Weights are real fractions ('0.0%'), scores two decimals.
 * Pure; loaded on export.
 */
import type { WorksheetDocument } from '../core/document';
import { date, fieldsSheet, num, text, type Cell, type Sheet } from '../core/sheets';
import {
  actualOf,
  cardIssues,
  categoryWeightTotal,
  formatExact,
  ranking,
  scoreMember,
  WEIGHT_INPUT,
  type ScorecardData,
} from './model';
import { numberOrNull } from '../core/numbers';
import { SHEET } from './sheet-strings';
import { CATEGORY_NAME, DIRECTION_NAME, FIELD, FORM, RULE_NAME } from './strings';

const weight = (typed: string): Cell => {
  const value = numberOrNull(typed, WEIGHT_INPUT);
  return value === null ? (typed.trim() ? text(typed) : null) : num(value / 100, '0.0%');
};
const score = (hundredths: number | null): Cell =>
  hundredths === null ? null : num(hundredths / 100, '0.00');

export function scorecardSheets(doc: WorksheetDocument<ScorecardData>): Sheet[] {
  const { data } = doc;
  const name = (i: number) => data.members[i]?.name.trim() || FORM.memberFallback(i + 1);
  const overview = fieldsSheet(SHEET.overview, doc, [
    [FIELD.period, text(data.period)],
    [FORM.weightTotal, text(`${formatExact(categoryWeightTotal(data).total)}%`)],
    ...cardIssues(data).map((issue) => [SHEET.issue, text(issue)] as const),
  ]);
  const indicators: Sheet = {
    name: SHEET.indicators,
    columns: [
      { header: SHEET.category },
      { header: FIELD.categoryWeight },
      { header: FIELD.name, width: 24 },
      { header: FIELD.weight },
      { header: FIELD.target },
      { header: FIELD.rule, width: 20 },
      { header: FIELD.direction },
      { header: FIELD.cap },
      { header: FIELD.threshold },
    ],
    rows: data.categories.flatMap((c) =>
      c.indicators.map((i) => [
        text(CATEGORY_NAME[c.key]),
        weight(c.weight),
        text(i.name),
        weight(i.weight),
        text(i.target),
        text(RULE_NAME[i.rule]),
        text(DIRECTION_NAME[i.direction]),
        i.rule === 'manual' ? null : weight(i.cap),
        i.rule === 'threshold' ? weight(i.threshold) : null,
      ]),
    ),
  };
  const scores: Sheet = {
    name: SHEET.scores,
    columns: [
      { header: SHEET.member },
      { header: SHEET.category },
      { header: FIELD.name, width: 24 },
      { header: FIELD.actual },
      { header: FIELD.score },
    ],
    rows: data.members.flatMap((m, n) => {
      const result = scoreMember(data, m);
      return data.categories.flatMap((c, ci) =>
        c.indicators.map((i, ii) => {
          const s = result.categories[ci]?.indicators[ii];
          return [
            text(name(n)),
            text(CATEGORY_NAME[c.key]),
            text(i.name),
            text(actualOf(m, i.id)),
            score(s?.status === 'scored' ? s.score : null),
          ];
        }),
      );
    }),
  };
  const ranked: Sheet = {
    name: SHEET.ranking,
    columns: [
      { header: SHEET.rank },
      { header: SHEET.member },
      ...data.categories.map((c) => ({ header: CATEGORY_NAME[c.key] })),
      { header: FORM.weightedTotal },
    ],
    rows: ranking(data, FORM.memberFallback).map((r) => [
      num(r.rank, '0'),
      text(r.name),
      ...r.categories.map(score),
      score(r.total),
    ]),
  };
  const interviews: Sheet = {
    name: SHEET.interviews,
    columns: [
      { header: SHEET.member },
      { header: FIELD.interviewDate },
      { header: FIELD.strengths, width: 40 },
      { header: FIELD.gaps, width: 40 },
      { header: FIELD.actions, width: 40 },
    ],
    rows: data.members.map((m, n) => [
      text(name(n)),
      date(m.interviewDate),
      text(m.strengths),
      text(m.gaps),
      text(m.actions),
    ]),
  };
  return [overview, indicators, scores, ranked, interviews];
}

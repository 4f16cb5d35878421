/**
 * The SWOT analysis as a spreadsheet (导出 Excel / 导出 CSV): 概况 (subject and date), the
 * four quadrants' items with their importance and evidence, and the TOWS strategies with the
 * items they build on. Pure; loaded on export.
 */
import type { WorksheetDocument } from '../core/document';
import { SHEET_TEXT } from '../core/sheet-strings';
import { date, fieldsSheet, num, text, type Sheet } from '../core/sheets';
import { MD } from './export-strings';
import { QUADRANTS, resolveRefs, STRATEGY_GROUPS } from './model';
import type { SwotData } from './schema';
import { SHEET } from './sheet-strings';
import { FIELD, ITEM, QUADRANT_NAME, TOWS } from './strings';

export function swotSheets(doc: WorksheetDocument<SwotData>): Sheet[] {
  const { data } = doc;
  const overview = fieldsSheet(SHEET.overview, doc, [
    [FIELD.subject, text(data.subject)],
    [FIELD.date, date(data.date)],
  ]);
  const items: Sheet = {
    name: SHEET.items,
    columns: [
      { header: SHEET.quadrant },
      { header: SHEET_TEXT.number },
      { header: SHEET.item, width: 40 },
      { header: SHEET.importance },
      { header: SHEET.evidence, width: 30 },
    ],
    rows: QUADRANTS.flatMap((q) =>
      data.items[q].map((item, i) => [
        text(MD.quadrant(q)),
        num(i + 1, '0'),
        text(item.text),
        num(item.importance, '0'),
        text(item.evidence),
      ]),
    ),
  };
  const strategies: Sheet = {
    name: SHEET.strategies,
    columns: [
      { header: SHEET.group, width: 24 },
      { header: SHEET_TEXT.number },
      { header: SHEET.strategy, width: 40 },
      { header: SHEET.basedOn, width: 40 },
    ],
    rows: STRATEGY_GROUPS.flatMap((g) =>
      data.strategies[g].map((s, i) => {
        const refs = resolveRefs(data, g, s).map((r) =>
          r.status === 'deleted'
            ? TOWS.deleted
            : `${QUADRANT_NAME[r.quadrant]}「${r.item.text.trim() || ITEM.untitled}」`,
        );
        return [text(MD.group(g)), num(i + 1, '0'), text(s.text), text(refs.join('；'))];
      }),
    ),
  };
  return [overview, items, strategies];
}

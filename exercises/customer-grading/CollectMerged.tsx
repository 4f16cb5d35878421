/**
 * 汇总 of 客户分级与流失预警, below the cards: every team member's customers in one list, with
 * the customers named in more than one file flagged (names compared without surrounding
 * spaces, full-width/half-width or case differences).
 */
import { useId } from 'preact/hooks';
import { COLLECT_TEXT } from '../collect/strings';
import type { WorksheetDocument } from '../core/document';
import { RowPager, useRowPage } from '../core/ui/RowPages';
import { ScrollBox } from '../core/ui/ScrollBox';
import { COLLECT as T } from './collect-strings';
import { formatFen, formatScore, mergeLists } from './grading';
import type { GradingData } from './model';
import { RISK_TEXT } from './risk-strings';
import { gradeLabel, LABELS } from './strings';

export default function MergedCustomers({ docs }: { docs: WorksheetDocument<GradingData>[] }) {
  const id = useId();
  const merged = mergeLists(docs.map((d) => d.data.customers));
  const pager = useRowPage(merged.rows.length);
  return (
    <>
      <h2>{T.mergedHeading}</h2>
      <p class="collect-hint">{T.mergedHint}</p>
      <p role="status">
        {merged.shared.length > 0 ? T.duplicates(merged.shared.join('、')) : T.noDuplicates}
      </p>
      <RowPager pager={pager} list={T.mergedPager} />
      <ScrollBox labelledBy={`${id}-cap`}>
        <table>
          <caption id={`${id}-cap`}>{T.mergedCaption(merged.rows.length, docs.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{LABELS.name}</th>
              <th scope="col">{T.source}</th>
              <th scope="col">{LABELS.revenue}</th>
              <th scope="col">{LABELS.score}</th>
              <th scope="col">{LABELS.grade}</th>
              <th scope="col">{LABELS.risk}</th>
            </tr>
          </thead>
          <tbody>
            {merged.rows.slice(pager.start, pager.end).map(({ assessed: a, list, lists }, i) => (
              <tr key={pager.start + i}>
                <th scope="row">
                  {a.customer.name || T.unnamed}
                  {lists > 1 && (
                    <strong class="collect-duplicate">
                      {' '}
                      <span aria-hidden="true">⚠ </span>
                      {T.duplicate(lists)}
                    </strong>
                  )}
                </th>
                <td>{COLLECT_TEXT.docName(list + 1, docs[list]!.title, docs[list]!.author)}</td>
                <td>{a.revenue === null ? a.customer.revenue : formatFen(a.revenue)}</td>
                <td>{a.score === null ? '' : formatScore(a.score)}</td>
                <td>{a.grade ? gradeLabel(a.grade) : ''}</td>
                <td>{RISK_TEXT[a.level].name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}

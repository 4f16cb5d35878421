/**
 * 汇总 of 客户分级与流失预警, below the cards: every team member's customers in one list, with
 * the customers named in more than one file flagged (names compared without surrounding
 * spaces, full-width/half-width or case differences).
 */
import { useId } from 'preact/hooks';
import { COLLECT_TEXT } from '../collect/strings';
import type { WorksheetDocument } from '../core/document';
import { ScrollBox } from '../core/ui/ScrollBox';
import { COLLECT as T } from './collect-strings';
import { assessAll, formatFen, formatScore, normalizeName } from './grading';
import type { GradingData } from './model';
import { RISK_TEXT } from './risk-strings';
import { gradeLabel, LABELS } from './strings';

export default function MergedCustomers({ docs }: { docs: WorksheetDocument<GradingData>[] }) {
  const id = useId();
  const rows = docs.flatMap((doc, d) =>
    assessAll(doc.data.customers).map((a) => ({
      a,
      source: COLLECT_TEXT.docName(d + 1, doc.title, doc.author),
      doc: d,
      key: normalizeName(a.customer.name),
    })),
  );
  const files = new Map<string, Set<number>>();
  for (const r of rows) {
    if (!r.key) continue;
    const set = files.get(r.key) ?? new Set<number>();
    set.add(r.doc);
    files.set(r.key, set);
  }
  const inFiles = (key: string) => (key ? (files.get(key)?.size ?? 0) : 0);
  const named = new Map<string, string>();
  for (const r of rows)
    if (inFiles(r.key) > 1 && !named.has(r.key)) named.set(r.key, r.a.customer.name.trim());
  return (
    <>
      <h2>{T.mergedHeading}</h2>
      <p class="collect-hint">{T.mergedHint}</p>
      <p role="status">
        {named.size > 0 ? T.duplicates([...named.values()].join('、')) : T.noDuplicates}
      </p>
      <ScrollBox labelledBy={`${id}-cap`}>
        <table>
          <caption id={`${id}-cap`}>{T.mergedCaption(rows.length, docs.length)}</caption>
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
            {rows.map(({ a, source, key }, i) => (
              <tr key={i}>
                <th scope="row">
                  {a.customer.name || T.unnamed}
                  {inFiles(key) > 1 && (
                    <strong class="collect-duplicate">
                      {' '}
                      <span aria-hidden="true">⚠ </span>
                      {T.duplicate(inFiles(key))}
                    </strong>
                  )}
                </th>
                <td>{source}</td>
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

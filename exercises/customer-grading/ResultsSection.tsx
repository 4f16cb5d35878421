/**
 * 分级与预警结果 (a deferred part): what still needs attention (customers not fully scored,
 * 年销售额 that cannot be read, a customer named twice, 黄/红 without a 挽回措施), the
 * grading pyramid with its table, and the list of all customers, filtered by 等级 and 风险等级
 * and sorted by a column (the filter and the order are a view, not saved).
 */
import { useId, useMemo, useState } from 'preact/hooks';
import { RowPager, useRowPage } from '../core/ui/RowPages';
import { ScrollBox } from '../core/ui/ScrollBox';
import {
  assessAll,
  DEFAULT_LIST,
  duplicateNames,
  formatFen,
  formatScore,
  listView,
  pyramid,
  type GradeFilter,
  type LevelFilter,
  type ListOptions,
  type SortKey,
} from './grading';
import type { GradingData } from './model';
import { PyramidChart } from './PyramidChart';
import { RESULTS as T } from './results-strings';
import { RISK_TEXT } from './risk-strings';
import { GRADES, RISK_LEVELS } from './shape';
import { FORM, gradeLabel, LABELS } from './strings';

export function ResultsSection({ data }: { data: GradingData }) {
  const id = useId();
  const [options, setOptions] = useState<ListOptions>(DEFAULT_LIST);
  const assessed = useMemo(() => assessAll(data.customers), [data.customers]);
  const tiers = useMemo(() => pyramid(assessed), [assessed]);
  const list = useMemo(() => listView(assessed, options), [assessed, options]);
  const listPage = useRowPage(list.length);
  const duplicates = duplicateNames(assessed.map((a) => a.customer.name));
  const revenueBad = assessed.filter((a) => a.revenueBad).length;
  const actionMissing = assessed.filter((a) => a.actionMissing).length;
  const warnings = [
    tiers.ungraded > 0 && T.ungraded(tiers.ungraded),
    revenueBad > 0 && T.revenueBad(revenueBad),
    duplicates.length > 0 &&
      T.duplicates(duplicates.map((d) => T.duplicateName(d.name, d.count)).join(T.separator)),
    actionMissing > 0 && T.actionMissing(actionMissing),
  ].filter((w): w is string => Boolean(w));

  const sortHeader = (key: SortKey, label: string, num = false) => {
    const active = options.sort === key;
    const next =
      active && options.direction === 'descending'
        ? 'ascending'
        : active
          ? 'descending'
          : key === 'name'
            ? 'ascending'
            : 'descending';
    return (
      <th
        scope="col"
        class={num ? 'ws-num' : undefined}
        aria-sort={active ? options.direction : undefined}
      >
        <button
          type="button"
          class="cg-sort"
          onClick={() => setOptions({ ...options, sort: key, direction: next })}
        >
          {label}
          <span aria-hidden="true">
            {active ? (options.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
          </span>
        </button>
        <span class="cg-print-only">{label}</span>
      </th>
    );
  };

  return (
    <section class="cg-section cg-results" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{T.heading}</h3>
      {warnings.map((w) => (
        <p key={w} class="ws-error">
          <span aria-hidden="true">⚠ </span>
          {w}
        </p>
      ))}
      <h4>{T.pyramidHeading}</h4>
      {tiers.graded > 0 ? (
        <PyramidChart pyramid={tiers} />
      ) : (
        <>
          <p class="ws-hint ws-pending">{T.pyramidPending}</p>
          {/* On paper: the tiers with room to write the counts and shares. */}
          <table class="ws-paper-rows" aria-hidden="true">
            <thead>
              <tr>
                {[LABELS.grade, T.count, LABELS.revenue, T.share].map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {GRADES.map((g) => (
                <tr key={g}>
                  <th scope="row">{gradeLabel(g)}</th>
                  <td />
                  <td />
                  <td />
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h4 class={assessed.length === 0 ? 'cg-screen-only' : undefined}>{T.listHeading}</h4>
      {assessed.length === 0 ? (
        <p class="ws-hint ws-pending">{T.listPending}</p>
      ) : (
        <>
          <div class="cg-grid cg-filters">
            <div class="ws-field">
              <label class="ws-label" for={`${id}-grade`}>
                {T.filterGrade}
              </label>
              <select
                id={`${id}-grade`}
                value={options.grade}
                onChange={(e) =>
                  setOptions({ ...options, grade: e.currentTarget.value as GradeFilter })
                }
              >
                <option value="all">{T.all}</option>
                {GRADES.map((g) => (
                  <option key={g} value={g}>
                    {gradeLabel(g)}
                  </option>
                ))}
                <option value="none">{T.ungradedOption}</option>
              </select>
            </div>
            <div class="ws-field">
              <label class="ws-label" for={`${id}-level`}>
                {T.filterLevel}
              </label>
              <select
                id={`${id}-level`}
                value={options.level}
                onChange={(e) =>
                  setOptions({ ...options, level: e.currentTarget.value as LevelFilter })
                }
              >
                <option value="all">{T.all}</option>
                {RISK_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {RISK_TEXT[l].name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p role="status" aria-live="polite" class="cg-shown">
            {list.length === 0 ? T.noneShown : T.shown(list.length, assessed.length)}
          </p>
          <RowPager pager={listPage} list={T.listCaption} />
          <ScrollBox labelledBy={`${id}-list`}>
            <table class="cg-list">
              <caption id={`${id}-list`}>{T.listCaption}</caption>
              <thead>
                <tr>
                  {sortHeader('name', LABELS.name)}
                  {sortHeader('revenue', LABELS.revenue, true)}
                  {sortHeader('score', LABELS.score, true)}
                  <th scope="col">{LABELS.grade}</th>
                  {sortHeader('risk', LABELS.riskScore, true)}
                  <th scope="col">{LABELS.risk}</th>
                  <th scope="col">{LABELS.action}</th>
                </tr>
              </thead>
              <tbody>
                {list.slice(listPage.start, listPage.end).map((a) => (
                  <tr key={a.customer.id}>
                    <th scope="row">{a.customer.name || FORM.unnamed}</th>
                    <td class="ws-num">
                      {a.revenue === null ? a.customer.revenue : formatFen(a.revenue)}
                    </td>
                    <td class="ws-num">{a.score === null ? '' : formatScore(a.score)}</td>
                    <td class="cg-grade">{a.grade ? gradeLabel(a.grade) : T.ungradedOption}</td>
                    <td class="ws-num">{a.points}</td>
                    <td>
                      <span class={`cg-level cg-level-${a.level}`}>{RISK_TEXT[a.level].name}</span>
                    </td>
                    <td>
                      {[a.customer.action, a.customer.owner, a.customer.due]
                        .filter(Boolean)
                        .join(' · ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
    </section>
  );
}

/**
 * 测算结果 (a deferred part): each rep's attainment, the steps from the tiers to the commission
 * and the pay, the team's totals and cost-of-sales ratio, the checks team/commission warns
 * about (断崖, 封顶 before target, commission on sales while margin falls) and the pay chart.
 */
import { useId, useMemo } from 'preact/hooks';
import { formatAmount, formatRate } from '../core/big-format';
import { PaperRows } from '../core/ui/PaperRows';
import { ExampleWarning } from '../core/ui/ExampleWarning';
import { RowPager, useRowPage } from '../core/ui/RowPages';
import { ScrollBox } from '../core/ui/ScrollBox';
import { exampleLeftovers } from './example-values';
import { paySteps } from './figures-format';
import type { CommissionData } from './model';
import { teamFigures, type TeamFigures } from './pay';
import { PayChart } from './PayChart';
import { RESULTS as T } from './results-strings';

const PAPER_COLUMNS = [T.rep, T.attainment, T.steps, T.commission, T.pay];

export function ResultsSection({ data }: { data: CommissionData }) {
  const id = useId();
  const reading = useMemo(() => teamFigures(data), [data]);
  return (
    <section class="cp-section cp-results" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{T.heading}</h3>
      <ExampleWarning left={exampleLeftovers(data)} />
      {!reading.ok ? (
        reading.problems.includes('noTiers') ? (
          <>
            <p class="ws-hint ws-pending">{T.pending}</p>
            {/* On paper: room to work out each rep's pay by hand. */}
            <PaperRows columns={PAPER_COLUMNS} rows={6} />
          </>
        ) : (
          reading.problems.map((p) => (
            <p key={p} class="ws-error">
              <span aria-hidden="true">⚠ </span>
              {T.problems[p]}
            </p>
          ))
        )
      ) : (
        <Figures team={reading.team} />
      )}
    </section>
  );
}

function Figures({ team }: { team: TeamFigures }) {
  const id = useId();
  const payPage = useRowPage(team.pays.length);
  const { plan } = team;
  const method = T.methodShort[plan.method];
  const warnings: string[] = [];
  for (const c of team.cliffs) {
    const args = [
      method,
      formatRate(c.at),
      formatAmount(c.before),
      formatAmount(c.after),
      formatAmount(c.jump.abs()),
    ] as const;
    warnings.push(c.jump.gt(0) ? T.cliffUp(...args) : T.cliffDown(...args));
  }
  const notes: string[] = [];
  if (team.capAt && team.curve && plan.cap) {
    const args = [
      formatAmount(team.curve.target),
      formatRate(team.capAt),
      formatAmount(plan.cap),
    ] as const;
    if (team.capAt.lt(1)) warnings.push(T.capEarly(...args));
    else notes.push(T.capLater(...args));
  }
  for (const w of team.marginWarnings) {
    warnings.push(
      T.marginFalls(
        w.rep.name || T.unnamed,
        formatRate(w.marginRate),
        formatRate(team.teamMarginRate!),
        formatRate(w.commissionShare),
        formatRate(w.marginShare),
      ),
    );
  }
  return (
    <>
      {team.unreadable.length > 0 && (
        <p class="ws-error">
          <span aria-hidden="true">⚠ </span>
          {T.unreadable(
            team.unreadable
              .map((u) => T.unreadableItem(u.rep.name || T.unnamed, T.repProblems[u.problem]))
              .join('、'),
          )}
        </p>
      )}
      {team.pays.length === 0 ? (
        <p class="ws-hint ws-pending">{T.pending}</p>
      ) : (
        <>
          <RowPager pager={payPage} list={T.payCaption} />
          <ScrollBox labelledBy={`${id}-pay`}>
            <table class="cp-pay">
              <caption id={`${id}-pay`}>{T.payCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{T.rep}</th>
                  <th scope="col" class="ws-num">
                    {T.attainment}
                  </th>
                  <th scope="col">{T.steps}</th>
                  <th scope="col" class="ws-num">
                    {T.commission}
                  </th>
                  <th scope="col" class="ws-num">
                    {T.pay}
                  </th>
                </tr>
              </thead>
              <tbody>
                {team.pays.slice(payPage.start, payPage.end).map((p) => (
                  <tr key={p.rep.id}>
                    <th scope="row">{p.rep.name || T.unnamed}</th>
                    <td class="ws-num">{formatRate(p.attainment)}</td>
                    <td>{paySteps(plan, p)}</td>
                    <td class="ws-num">{formatAmount(p.commission)}</td>
                    <td class="ws-num">{formatAmount(p.pay)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{T.total}</th>
                  <td />
                  <td />
                  <td class="ws-num">{formatAmount(team.totalCommission)}</td>
                  <td class="ws-num">{formatAmount(team.totalPay)}</td>
                </tr>
              </tfoot>
            </table>
          </ScrollBox>
          <ScrollBox labelledBy={`${id}-team`}>
            <table class="cp-figures">
              <caption id={`${id}-team`}>{T.teamCaption}</caption>
              <tbody>
                <tr>
                  <th scope="row">{T.totalSales}</th>
                  <td class="ws-num">{formatAmount(team.totalSales)}</td>
                </tr>
                <tr>
                  <th scope="row">{T.totalCommission}</th>
                  <td class="ws-num">{formatAmount(team.totalCommission)}</td>
                </tr>
                <tr>
                  <th scope="row">{T.totalPay}</th>
                  <td class="ws-num">{formatAmount(team.totalPay)}</td>
                </tr>
                <tr>
                  <th scope="row">{T.costRatio}</th>
                  <td class="ws-num">{team.costRatio ? formatRate(team.costRatio) : '—'}</td>
                </tr>
                <tr>
                  <th scope="row">{T.teamMargin}</th>
                  <td class="ws-num">
                    {team.teamMarginRate ? formatRate(team.teamMarginRate) : '—'}
                  </td>
                </tr>
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
      <h4>{T.checksHeading}</h4>
      {warnings.length === 0 && notes.length === 0 ? (
        team.pays.length > 0 && <p class="ws-hint">{T.noWarnings}</p>
      ) : (
        <ul class="cp-checks">
          {warnings.map((w) => (
            <li key={w} class="ws-error">
              <span aria-hidden="true">⚠ </span>
              {w}
            </li>
          ))}
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <h4>{T.chartHeading}</h4>
      {team.chartTargetUnreadable && (
        <p class="ws-error">
          <span aria-hidden="true">⚠ </span>
          {T.problems.chartTarget}
        </p>
      )}
      {team.curve ? (
        <PayChart plan={plan} curve={team.curve} />
      ) : (
        <p class="ws-hint ws-pending">
          {plan.base === 'margin' && !team.teamMarginRate ? T.chartPendingMargin : T.chartPending}
        </p>
      )}
    </>
  );
}

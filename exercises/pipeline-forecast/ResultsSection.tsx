/**
 * 预测结果 (a deferred part): the period's weighted forecast, commit and best case against the
 * target and the coverage, the figures by stage, the funnel with its weakest step, the deals
 * past their close date, and the forecast accuracy of past periods.
 */
import type Big from 'big.js';
import { Component } from 'preact';
import { useId, useRef } from 'preact/hooks';
import { isIsoDate, toIsoDate } from '../core/dates';
import type { RowsLeft } from '../core/example-values';
import { ScrollBox } from '../core/ui/ScrollBox';
import { accuracy, forecast, sameForecast, type Forecast } from './forecast';
import { formatAmount, formatRate, formatRatio } from '../core/big-format';
import { FunnelChart } from './FunnelChart';
import { HistorySection } from './HistorySection';
import type { PipelineData } from './model';
import { RESULTS as T } from './results-strings';

interface Props {
  data: PipelineData;
  readOnly: boolean;
  onChange(data: PipelineData): void;
  /** Each past period's fields still the example's, once that code has loaded. */
  history?: RowsLeft | null;
}

export function ResultsSection({ data, readOnly, onChange, history }: Props) {
  const id = useId();
  // The figures are counted again only when something they read has changed: typing a name,
  // a title or a past period's figures recounts nothing and leaves the figures undrawn.
  const today = toIsoDate(new Date());
  const last = useRef<{ data: PipelineData; today: string; result: Forecast } | null>(null);
  if (
    !last.current ||
    last.current.today !== today ||
    !sameForecast(last.current.data, data, today)
  ) {
    last.current = { data, today, result: forecast(data, today) };
  }
  const { result } = last.current;
  return (
    <section class="pf-section pf-results" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{T.heading}</h3>
      <Figures result={result} data={last.current.data} />
      <HistorySection
        data={data}
        readOnly={readOnly}
        onChange={onChange}
        left={history}
        weighted={formatAmount(result.weighted)}
        accuracyOf={(row) => {
          const a = accuracy(row);
          return a ? formatRate(a) : T.accuracyNone;
        }}
      />
    </section>
  );
}

interface FiguresProps {
  result: Forecast;
  /** The data the figures were counted from. */
  data: PipelineData;
}

/** The figures, drawn again only when they are counted again. */
class Figures extends Component<FiguresProps> {
  shouldComponentUpdate(next: FiguresProps) {
    return next.result !== this.props.result;
  }
  render() {
    return <FigureViews {...this.props} />;
  }
}

function FigureViews({ result, data }: FiguresProps) {
  const id = useId();
  const hasPeriod = isIsoDate(data.periodStart) && isIsoDate(data.periodEnd);
  const readable = data.deals.length - result.unreadable.length;
  const weakestIndex = result.weakest ? result.funnel.indexOf(result.weakest) : -1;
  const next = weakestIndex >= 0 ? result.funnel[weakestIndex + 1] : undefined;
  // Nothing in the period yet: the cells stay empty (room to write on paper), not rows of 0.
  const none = result.inPeriod.length === 0;
  const shown = (value: Big) => (none ? '' : formatAmount(value));
  const rows: [string, string][] = [
    [T.pipeline, shown(result.pipeline)],
    [T.weighted, shown(result.weighted)],
    [T.commit, shown(result.commit)],
    [T.bestCase, shown(result.bestCase)],
  ];
  if (result.target) rows.push([T.target, formatAmount(result.target)]);
  if (result.remaining) rows.push([T.remaining, formatAmount(result.remaining)]);
  if (result.coverage) rows.push([T.coverage, T.times(formatRatio(result.coverage))]);
  return (
    <>
      {!hasPeriod ? (
        <p class="ws-hint ws-pending">{T.noPeriod}</p>
      ) : (
        <p>{T.periodDeals(result.inPeriod.length, readable)}</p>
      )}
      {result.unreadable.length > 0 && (
        <p class="ws-error">
          <span aria-hidden="true">⚠ </span>
          {T.unreadable(result.unreadable.length)}
        </p>
      )}
      <ScrollBox labelledBy={`${id}-fig`}>
        <table class="pf-figures">
          <caption id={`${id}-fig`}>{T.figuresCaption}</caption>
          <tbody>
            {rows.map(([name, value]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td class="ws-num">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {result.coverage && result.coverage.lt(1) && (
        <p class="ws-error">
          <span aria-hidden="true">⚠ </span>
          {T.coverageLow(formatRatio(result.coverage))}
        </p>
      )}
      {result.target && result.weighted.lt(result.target) && (
        <p class="ws-hint">{T.gap(formatAmount(result.target.minus(result.weighted)))}</p>
      )}
      <ScrollBox labelledBy={`${id}-st`}>
        <table>
          <caption id={`${id}-st`}>{T.stageCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{T.stage}</th>
              <th scope="col" class="ws-num">
                {T.count}
              </th>
              <th scope="col" class="ws-num">
                {T.amount}
              </th>
              <th scope="col" class="ws-num">
                {T.probability}
              </th>
              <th scope="col" class="ws-num">
                {T.weightedCol}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.byStage.map((s) => (
              <tr key={s.stage.id}>
                <th scope="row">{s.stage.name}</th>
                <td class="ws-num">{none ? '' : s.count}</td>
                <td class="ws-num">{shown(s.amount)}</td>
                <td class="ws-num">{s.probability ? formatRate(s.probability) : '—'}</td>
                <td class="ws-num">{shown(s.weighted)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{T.total}</th>
              <td class="ws-num">{none ? '' : result.inPeriod.length}</td>
              <td class="ws-num">{shown(result.pipeline)}</td>
              <td class="ws-num">—</td>
              <td class="ws-num">{shown(result.weighted)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollBox>
      <h4>{T.funnelHeading}</h4>
      {result.funnel.some((step) => step.count > 0) ? (
        <FunnelChart funnel={result.funnel} />
      ) : (
        <p class="ws-hint ws-pending">{T.funnelPending}</p>
      )}
      {result.weakest && next && result.weakest.conversion && (
        <p class="pf-weakest">
          <span aria-hidden="true">⚠ </span>
          {T.weakest(
            result.weakest.stage.name,
            next.stage.name,
            formatRate(result.weakest.conversion),
          )}
        </p>
      )}
      <h4>{T.staleHeading}</h4>
      {result.stale.length === 0 ? (
        <p class="ws-hint ws-pending">{T.staleNone}</p>
      ) : (
        <>
          <ul>
            {result.stale.map((d) => (
              <li key={d.id}>{T.staleItem(d.customer || T.unnamed, d.closeDate)}</li>
            ))}
          </ul>
          <p class="ws-hint">{T.staleHint}</p>
        </>
      )}
    </>
  );
}

/** 结果汇总: the producer's net revenue and margin per unit, the channel's margin, the waterfall. */
import { useId } from 'preact/hooks';
import { computeChain } from './chain';
import type { ChannelPricingData } from './model';
import { formatPercent, formatYuan, showPercent } from './money';
import { summarize } from './summary';
import { SUMMARY as T, WATERFALL } from './summary-strings';
import { WaterfallChart } from './WaterfallChart';

export interface SummarySectionProps {
  data: ChannelPricingData;
}

export function SummarySection({ data }: SummarySectionProps) {
  const chain = computeChain(data);
  const summary = summarize(chain);
  const id = useId();
  const producer = chain.ok ? chain.rows[0].name : '';
  return (
    <section class="cp-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{T.heading}</h3>
      {!summary ? (
        <p class="ws-hint ws-pending">{T.incomplete}</p>
      ) : (
        <>
          <dl class="cp-summary">
            <div>
              <dt>{T.producerNet(producer)}</dt>
              <dd>{T.perUnit(formatYuan(summary.producerNet))}</dd>
            </div>
            <div>
              <dt>{T.producerMargin(producer)}</dt>
              <dd>
                {summary.producerMargin && summary.producerMarginRate
                  ? T.producerMarginValue(
                      formatYuan(summary.producerMargin),
                      formatPercent(summary.producerMarginRate),
                      showPercent(summary.producerShare),
                    )
                  : T.needCost}
              </dd>
            </div>
            <div>
              <dt>{T.retailNet}</dt>
              <dd>{T.perUnit(formatYuan(summary.retailNet))}</dd>
            </div>
            {summary.vat && (
              <div>
                <dt>{T.vat}</dt>
                <dd>{T.perUnit(formatYuan(summary.vat))}</dd>
              </div>
            )}
            <div>
              <dt>{T.channelMargin}</dt>
              <dd>
                {T.channelMarginValue(
                  formatYuan(summary.channelMargin),
                  summary.channelShare ? formatPercent(summary.channelShare) : '—',
                )}
              </dd>
            </div>
          </dl>
          <h4>{WATERFALL.heading}</h4>
          <WaterfallChart items={summary.waterfall} retail={summary.retail} />
          <p class="ws-hint">{WATERFALL.note}</p>
          <p class="ws-hint">{WATERFALL.shareNote}</p>
        </>
      )}
    </section>
  );
}

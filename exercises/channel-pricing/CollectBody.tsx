/** 汇总 of channel price chains: the retail price and the channel's share of it, and any example left in it. */
import { computeChain } from './chain';
import { exampleLeftovers } from './example-values';
import { formatPercent, formatYuan } from './money';
import type { ChannelPricingData } from './schema';
import { summarize } from './summary';
import { ExampleFlag } from '../collect/ExampleFlag';
import { COLLECT_TEXT as T } from '../collect/strings';

export default function PricingBody({ data }: { data: unknown }) {
  const chain = data as ChannelPricingData;
  const summary = summarize(computeChain(chain));
  const flag = <ExampleFlag left={exampleLeftovers(chain).size} />;
  if (!summary)
    return (
      <>
        <p class="collect-hint">{T.incomplete}</p>
        {flag}
      </>
    );
  return (
    <>
      <dl>
        <dt>{T.retail}</dt>
        <dd>{formatYuan(summary.retail)}</dd>
        <dt>{T.channelShare}</dt>
        <dd>{summary.channelShare ? formatPercent(summary.channelShare) : '—'}</dd>
      </dl>
      {flag}
    </>
  );
}

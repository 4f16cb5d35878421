/** 汇总 of channel price chains: the retail price and the channel's share of it. */
import { computeChain } from './chain';
import { formatPercent, formatYuan } from './money';
import type { ChannelPricingData } from './schema';
import { summarize } from './summary';
import { COLLECT_TEXT as T } from '../collect/strings';

export default function PricingBody({ data }: { data: unknown }) {
  const summary = summarize(computeChain(data as ChannelPricingData));
  if (!summary) return <p class="collect-hint">{T.incomplete}</p>;
  return (
    <dl>
      <dt>{T.retail}</dt>
      <dd>{formatYuan(summary.retail)}</dd>
      <dt>{T.channelShare}</dt>
      <dd>{summary.channelShare ? formatPercent(summary.channelShare) : '—'}</dd>
    </dl>
  );
}

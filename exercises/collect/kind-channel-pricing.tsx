/** 汇总 of channel price chains: the retail price and the channel's share of it. */
import type { ExerciseDefinition } from '../core/document';
import type { SheetsOf } from '../core/sheets';
import { computeChain } from '../channel-pricing/chain';
import { channelPricingDefinition } from '../channel-pricing/definition';
import { formatPercent, formatYuan } from '../channel-pricing/money';
import type { ChannelPricingData } from '../channel-pricing/schema';
import { summarize } from '../channel-pricing/summary';
import type { Kind } from './kinds';
import { COLLECT_TEXT as T } from './strings';

function PricingBody({ data }: { data: unknown }) {
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

export const kind: Kind = {
  def: channelPricingDefinition as ExerciseDefinition<unknown>,
  Body: PricingBody,
  sheets: () =>
    import('../channel-pricing/sheet').then((m) => m.channelPricingSheets as SheetsOf<unknown>),
};

/** The channel pricing worksheet in the embed route. */
import ChannelPricing from '../../exercises/channel-pricing/ChannelPricing';
import { EmbedStatus, useEmbedOptions } from './useEmbedOptions';

export default function ChannelPricingEmbed() {
  const state = useEmbedOptions();
  if (state.kind === 'error') return <EmbedStatus state={state} />;
  return <ChannelPricing {...state.frame} />;
}

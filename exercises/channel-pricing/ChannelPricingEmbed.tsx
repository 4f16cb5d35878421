/** The channel pricing worksheet in the embed route. */
import ChannelPricing from './ChannelPricing';
import { EmbedStatus, useEmbedOptions } from '../../src/embed/useEmbedOptions';

interface Props {
  /** The chapter 渠道价格体系管理, with the base path. */
  chapterHref?: string;
}

export default function ChannelPricingEmbed({ chapterHref }: Props) {
  const state = useEmbedOptions();
  if (state.kind === 'error') return <EmbedStatus state={state} />;
  return <ChannelPricing {...state.frame} chapterHref={chapterHref} />;
}

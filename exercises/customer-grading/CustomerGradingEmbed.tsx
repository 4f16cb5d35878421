/** The 客户分级与流失预警 worksheet in the embed route. */
import CustomerGrading from './CustomerGrading';
import { EmbedStatus, useEmbedOptions } from '../../src/embed/useEmbedOptions';

export default function CustomerGradingEmbed() {
  const state = useEmbedOptions();
  if (state.kind === 'error') return <EmbedStatus state={state} />;
  return <CustomerGrading {...state.frame} />;
}

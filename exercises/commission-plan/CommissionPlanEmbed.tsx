/** The 提成方案测算 worksheet in the embed route. */
import CommissionPlan from './CommissionPlan';
import { EmbedStatus, useEmbedOptions } from '../../src/embed/useEmbedOptions';

export default function CommissionPlanEmbed() {
  const state = useEmbedOptions();
  if (state.kind === 'error') return <EmbedStatus state={state} />;
  return <CommissionPlan {...state.frame} />;
}

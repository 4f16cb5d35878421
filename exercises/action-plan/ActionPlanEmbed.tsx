/** The 90 天行动计划 worksheet in the embed route. */
import ActionPlan from './ActionPlan';
import { EmbedStatus, useEmbedOptions } from '../../src/embed/useEmbedOptions';

export default function ActionPlanEmbed() {
  const state = useEmbedOptions();
  if (state.kind === 'error') return <EmbedStatus state={state} />;
  return <ActionPlan {...state.frame} />;
}

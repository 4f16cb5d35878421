/** The SMART goal worksheet in the embed route. */
import SmartGoal from '../../exercises/smart-goal/SmartGoal';
import { EmbedStatus, useEmbedOptions } from './useEmbedOptions';

export default function SmartGoalEmbed() {
  const state = useEmbedOptions();
  if (state.kind === 'error') return <EmbedStatus state={state} />;
  return <SmartGoal {...state.frame} />;
}

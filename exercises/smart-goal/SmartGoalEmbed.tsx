/** The SMART goal worksheet in the embed route. */
import SmartGoal from './SmartGoal';
import { EmbedStatus, useEmbedOptions } from '../../src/embed/useEmbedOptions';

export default function SmartGoalEmbed() {
  const state = useEmbedOptions();
  if (state.kind === 'error') return <EmbedStatus state={state} />;
  return <SmartGoal {...state.frame} />;
}

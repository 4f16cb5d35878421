/** The 绩效计分卡 worksheet in the embed route. */
import Scorecard from './Scorecard';
import { EmbedStatus, useEmbedOptions } from '../../src/embed/useEmbedOptions';

export default function ScorecardEmbed() {
  const state = useEmbedOptions();
  if (state.kind === 'error') return <EmbedStatus state={state} />;
  return <Scorecard {...state.frame} />;
}

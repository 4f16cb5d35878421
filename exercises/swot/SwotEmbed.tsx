/** The SWOT worksheet in the embed route; hands over to the SMART worksheet's embed page. */
import Swot from './Swot';
import { EmbedStatus, useEmbedOptions } from '../../src/embed/useEmbedOptions';

interface Props {
  /** The SMART goal worksheet's embed route, with the base path. */
  smartGoalEmbed: string;
}

export default function SwotEmbed({ smartGoalEmbed }: Props) {
  const state = useEmbedOptions();
  if (state.kind === 'error') return <EmbedStatus state={state} />;
  // The hand-over keeps the workshop: same options, on the SMART worksheet's embed page.
  return <Swot {...state.frame} smartGoalHref={`${smartGoalEmbed}${state.search}`} />;
}

/** The 团队能力评估 worksheet in the embed route. */
import TeamCompetency from './TeamCompetency';
import type { PlanLinks } from './PlanSection';
import { EmbedStatus, useEmbedOptions } from '../../src/embed/useEmbedOptions';

export default function TeamCompetencyEmbed({ links }: { links: PlanLinks }) {
  const state = useEmbedOptions();
  if (state.kind === 'error') return <EmbedStatus state={state} />;
  return <TeamCompetency {...state.frame} links={links} />;
}

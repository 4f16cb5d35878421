/** The 销售漏斗预测 worksheet in the embed route. */
import PipelineForecast from './PipelineForecast';
import { EmbedStatus, useEmbedOptions } from '../../src/embed/useEmbedOptions';

export default function PipelineForecastEmbed() {
  const state = useEmbedOptions();
  if (state.kind === 'error') return <EmbedStatus state={state} />;
  return <PipelineForecast {...state.frame} />;
}

/** The memo worksheet on the embed route. */
import { EmbedStatus, useEmbedOptions } from '../../../src/embed/useEmbedOptions';
import Memo from './Memo';

export default function MemoEmbed() {
  const state = useEmbedOptions();
  if (state.kind === 'error') return <EmbedStatus state={state} />;
  return <Memo {...state.frame} />;
}

/**
 * The embed route's frame options (`?ns=…&example=1&lock=1`), read in the browser after
 * hydration (the page is static). A bad workshop code stops here with a Chinese message and a
 * link to the page without it: nothing is loaded or saved under a code nobody meant.
 */
import { useEffect, useState } from 'preact/hooks';
import { WORKSHOP_TEXT as T } from '../../exercises/core/workshop-strings';
import type { FrameProps } from '../../exercises/core/ui/frame';
import { parseEmbedOptions } from '../../exercises/core/workshop';

export type EmbedState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string; plainHref: string }
  | { kind: 'ready'; frame: FrameProps; search: string };

export function useEmbedOptions(): EmbedState {
  const [state, setState] = useState<EmbedState>({ kind: 'loading' });
  useEffect(() => {
    const options = parseEmbedOptions(window.location.search);
    if (!options.code.ok) {
      setState({
        kind: 'error',
        message: T.badLink(options.code.message),
        plainHref: window.location.pathname,
      });
      return;
    }
    const code = options.code.code;
    setState({
      kind: 'ready',
      search: window.location.search,
      frame: {
        namespace: code ?? undefined,
        workshop: code,
        startWithExample: options.example,
        locked: options.locked,
      },
    });
  }, []);
  return state;
}

/** What the frame shows until the options are read, or instead of the worksheet on a bad code. */
export function EmbedStatus({ state }: { state: Exclude<EmbedState, { kind: 'ready' }> }) {
  if (state.kind === 'error') {
    return (
      <div class="embed-error" role="alert">
        <p>{state.message}</p>
        <p>
          <a href={state.plainHref}>{T.withoutCode}</a>
        </p>
      </div>
    );
  }
  return (
    <p class="embed-loading" role="status">
      {T.loading}
    </p>
  );
}

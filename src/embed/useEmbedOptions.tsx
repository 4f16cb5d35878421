/**
 * The embed route's frame options (`?ns=…&example=1&lock=1`), read in the browser after
 * hydration (the page is static). Until then the worksheet is drawn as the server rendered it
 * and holds (`hold`): it reads no storage, so nothing of one namespace shows under another. A
 * bad workshop code stops here with a Chinese message and a link to the page without it:
 * nothing is loaded or saved under a code nobody meant. Where the browser blocks storage in
 * this frame, the host page's embed script keeps the work (exercises/core/bridge.ts), if it
 * answers; otherwise the worksheet works in memory and says so.
 */
import { useEffect, useState } from 'preact/hooks';
import { SHELL_TEXT } from '../../exercises/core/strings';
import type { FrameProps } from '../../exercises/core/ui/frame';
import { useLazy } from '../../exercises/core/ui/lazy';
import {
  parseEmbedOptions,
  workshopNamespace,
  type WorkshopCodeResult,
} from '../../exercises/core/workshop';

export type EmbedState =
  | { kind: 'error'; refused: Extract<WorkshopCodeResult, { ok: false }>; plainHref: string }
  | { kind: 'ready'; frame: FrameProps; search: string };

/** Before the address is read: the worksheet as the server drew it, holding. */
const READING: EmbedState = { kind: 'ready', frame: { hold: true }, search: '' };

export function useEmbedOptions(): EmbedState {
  const [state, setState] = useState<EmbedState>(READING);
  useEffect(() => {
    const options = parseEmbedOptions(window.location.search);
    if (!options.code.ok) {
      setState({
        kind: 'error',
        refused: options.code,
        plainHref: window.location.pathname,
      });
      return;
    }
    const code = options.code.code;
    const frame: FrameProps = {
      // Workshop documents live apart from the learner's own (see workshopNamespace).
      namespace: code ? workshopNamespace(code) : undefined,
      workshop: code,
      startWithExample: options.example,
      locked: options.locked,
    };
    const ready = (engine?: FrameProps['engine']) =>
      setState({ kind: 'ready', search: window.location.search, frame: { ...frame, engine } });
    // Outside a frame the worksheet opens the browser's storage itself. In a frame the bridge
    // module (loaded here, a small file) picks the storage: its own or the host page's.
    if (window.parent === window) {
      ready();
      return;
    }
    import('../../exercises/core/bridge')
      .then((bridge) => bridge.frameStorage())
      .then(ready, () => ready());
  }, []);
  return state;
}

/** What the frame shows instead of the worksheet on a bad workshop code (its texts load then). */
export function EmbedStatus({ state }: { state: Extract<EmbedState, { kind: 'error' }> }) {
  const view = useLazy(() => import('./EmbedError'), true);
  if (view === 'failed')
    return (
      <div class="embed-error" role="alert">
        <p>{SHELL_TEXT.loadFailed}</p>
      </div>
    );
  return view && <view.EmbedError refused={state.refused} plainHref={state.plainHref} />;
}

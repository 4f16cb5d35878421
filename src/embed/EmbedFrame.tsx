/**
 * The frame of the embed route (/embed/<worksheet>/): reads the workshop options from the
 * address (`?ns=…&example=1&lock=1`), refuses a bad workshop code with a Chinese message
 * (nothing is loaded or saved then), and otherwise loads the one worksheet view it needs.
 *
 * The options live in the address of a static page, so they are read in the browser; the
 * server renders a loading line. Each view is its own chunk, loaded on demand.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FrameProps } from '../../exercises/core/ui/frame';
import { WORKSHOP_TEXT as T } from '../../exercises/core/strings';
import { parseEmbedOptions } from '../../exercises/core/workshop';

type View = ComponentType<FrameProps & { smartGoalHref?: string }>;

const VIEWS: Record<string, () => Promise<{ default: View }>> = {
  'smart-goal': () => import('../../exercises/smart-goal/SmartGoal'),
  swot: () => import('../../exercises/swot/Swot'),
  'channel-pricing': () => import('../../exercises/channel-pricing/ChannelPricing'),
};

interface Props {
  /** Worksheet id (exercises/registry.ts). */
  worksheet: string;
  /** The embed route of the SMART goal worksheet, with the base path (SWOT hands over to it). */
  smartGoalEmbed: string;
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'error'; message: string; plainHref: string }
  | { kind: 'ready'; View: View; frame: FrameProps; smartGoalHref: string };

export default function EmbedFrame({ worksheet, smartGoalEmbed }: Props) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    const options = parseEmbedOptions(window.location.search);
    if (!options.code.ok) {
      setLoaded({
        kind: 'error',
        message: T.badLink(options.code.message),
        plainHref: window.location.pathname,
      });
      return;
    }
    const code = options.code.code;
    const load = VIEWS[worksheet];
    if (!load) return;
    void load().then(({ default: View }) => {
      if (!live) return;
      setLoaded({
        kind: 'ready',
        View,
        frame: {
          namespace: code ?? undefined,
          workshop: code,
          startWithExample: options.example,
          locked: options.locked,
        },
        // The hand-over keeps the workshop: same options, the SMART worksheet's embed page.
        smartGoalHref: `${smartGoalEmbed}${window.location.search}`,
      });
    });
    return () => {
      live = false;
    };
  }, [worksheet, smartGoalEmbed]);

  if (loaded.kind === 'error') {
    return (
      <div class="embed-error" role="alert">
        <p>{loaded.message}</p>
        <p>
          <a href={loaded.plainHref}>{T.withoutCode}</a>
        </p>
      </div>
    );
  }
  if (loaded.kind === 'loading') {
    return (
      <p class="embed-loading" role="status">
        {T.loading}
      </p>
    );
  }
  const { View, frame, smartGoalHref } = loaded;
  return <View {...frame} smartGoalHref={smartGoalHref} />;
}

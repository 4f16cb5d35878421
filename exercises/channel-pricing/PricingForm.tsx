/**
 * The channel pricing worksheet: settings, tiers, the chain table, the summary and waterfall,
 * scenarios and quantity breaks. Wiring only: every figure and check comes from the model,
 * and each part that shows figures works them out from the document data (chain.ts keeps the
 * chain of the current data, so it is worked out once per edit).
 *
 * What the island loads is what a blank worksheet needs to be typed in: the settings and the
 * input rules (read.ts). The rest loads after it:
 * - the exact arithmetic (money.ts with big.js, chain.ts) for the figures beside the settings
 *   (figures.ts): on the first focus or edit, or at once when the document is not blank;
 * - the tier editor, the chain table and the five sections below it, which are deferred
 *   parts (core/ui/Deferred.tsx): the server draws them; their code (with volume.ts,
 *   scenarios.ts, summary.ts, pocket.ts, regions.ts and their texts) loads when they come near the screen, when the
 *   worksheet gets focus, or at once when the document is not the blank one the server drew
 *   them for.
 */
import { useState } from 'preact/hooks';
import { Deferred, deferredView } from '../core/ui/Deferred';
import { useLazy } from '../core/ui/lazy';
import type { ChainTableProps } from './ChainTable';
import type { ControlsSectionProps } from './ControlsSection';
import type { PocketSectionProps } from './PocketSection';
import { isBlank, type ChannelPricingData } from './model';
import type { ScenarioSectionProps } from './ScenarioSection';
import { SetupSection } from './SetupSection';
import { FORM, TITLE } from './strings';
import type { SummarySectionProps } from './SummarySection';
import type { TierEditorProps } from './TierEditor';
import type { VolumeSectionProps } from './VolumeSection';

const tierView = deferredView<TierEditorProps>(() =>
  import('./TierEditor').then((m) => m.TierEditor),
);
const tableView = deferredView<ChainTableProps>(() =>
  import('./ChainTable').then((m) => m.ChainTable),
);
const summaryView = deferredView<SummarySectionProps>(() =>
  import('./SummarySection').then((m) => m.SummarySection),
);
const pocketView = deferredView<PocketSectionProps>(() =>
  import('./PocketSection').then((m) => m.PocketSection),
);
const controlsView = deferredView<ControlsSectionProps>(() =>
  import('./ControlsSection').then((m) => m.ControlsSection),
);
const scenarioView = deferredView<ScenarioSectionProps>(() =>
  import('./ScenarioSection').then((m) => m.ScenarioSection),
);
const volumeView = deferredView<VolumeSectionProps>(() =>
  import('./VolumeSection').then((m) => m.VolumeSection),
);

/** Load every deferred part: the server does before rendering, and so do tests. */
export const loadParts = () =>
  Promise.all(
    [tierView, tableView, summaryView, pocketView, controlsView, scenarioView, volumeView].map(
      (v) => v.load(),
    ),
  );
if (import.meta.env.SSR) await loadParts();

const loadFigures = () => import('./figures');
const loadMarks = () => import('./example-marks');

interface Props {
  data: ChannelPricingData;
  readOnly: boolean;
  onChange(data: ChannelPricingData): void;
  onLoadExample(): void;
  /** The chapter 渠道价格体系管理, with the site's base path. */
  chapterHref: string;
}

export function PricingForm({ data, readOnly, onChange, onLoadExample, chapterHref }: Props) {
  // The server draws the blank worksheet: what it drew is out of date for any other data.
  const now = !isBlank(data);
  const [focused, setFocused] = useState(false);
  // A failed load leaves the figures out; the parts that share its code say so (LoadFailed).
  const lazy = useLazy(loadFigures, now || focused);
  const figures = lazy === 'failed' ? null : lazy;
  // Example values are marked once their code has loaded; a blank worksheet holds none.
  const lazyMarks = useLazy(loadMarks, now);
  const marks = lazyMarks === 'failed' ? null : lazyMarks;
  const left = marks?.exampleLeftovers(data) ?? null;
  const edit = { data, readOnly, onChange };

  return (
    // Only the controls are disabled when read-only: the result tables stay reachable, so
    // keyboard users can still scroll them (a disabled fieldset would make them unfocusable).
    <div class="cp" onFocusIn={focused ? undefined : () => setFocused(true)}>
      {/* The setup and tiers beside the live chain and summary on wide screens (.ws-panes). */}
      <div class="ws-panes">
        <fieldset class="cp-controls ws-pane-inputs" disabled={readOnly}>
          <legend class="ws-sr-only">{TITLE}</legend>
          <div class="ws-buttons">
            <button type="button" onClick={onLoadExample}>
              {FORM.loadExample}
            </button>
          </div>
          {marks && left && <marks.ExampleWarning left={left.size} />}
          <div class="cp-rule">
            <p>
              <strong>{FORM.rule}</strong>
            </p>
            <p class="ws-hint">{FORM.ruleDetail}</p>
          </div>
          <SetupSection
            data={data}
            figures={figures?.setupFigures(data) ?? null}
            left={left}
            onChange={onChange}
          />
          <Deferred view={tierView} props={{ data, onChange }} name="cp-tiers" now={now} onView />
        </fieldset>
        <div class="ws-pane-results" role="region" aria-label={FORM.resultsPane} tabIndex={0}>
          <Deferred view={tableView} props={{ data }} name="cp-table" now={now} onView />
          <Deferred view={summaryView} props={{ data }} name="cp-summary" now={now} onView />
        </div>
      </div>
      <Deferred view={pocketView} props={edit} name="cp-pocket" now={now} onView />
      <Deferred
        view={controlsView}
        props={{ ...edit, chapterHref }}
        name="cp-controls"
        now={now}
        onView
      />
      <Deferred view={scenarioView} props={edit} name="cp-scenarios" now={now} onView />
      <Deferred view={volumeView} props={edit} name="cp-volume" now={now} onView />
    </div>
  );
}

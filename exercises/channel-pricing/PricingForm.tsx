/**
 * The channel pricing worksheet: settings, tiers, the chain table, the summary and waterfall,
 * scenarios and quantity breaks. Wiring only: every figure and check comes from the model,
 * worked out once per render from the document data.
 *
 * Everything but the settings is a deferred part (core/ui/Deferred.tsx): the tier editor,
 * the chain table and the three sections below it. The server draws them; their code (with
 * volume.ts, scenarios.ts, summary.ts and their texts) loads when they come near the screen,
 * when the worksheet gets focus, or at once when the document is not the blank one the
 * server drew them for.
 */
import { Deferred, deferredView } from '../core/ui/Deferred';
import type { ChainTableProps } from './ChainTable';
import { computeChain, createData, missingInputs, type ChannelPricingData } from './model';
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
const scenarioView = deferredView<ScenarioSectionProps>(() =>
  import('./ScenarioSection').then((m) => m.ScenarioSection),
);
const volumeView = deferredView<VolumeSectionProps>(() =>
  import('./VolumeSection').then((m) => m.VolumeSection),
);
/** Load every deferred part: the server does before rendering, and so do tests. */
export const loadParts = () =>
  Promise.all([tierView, tableView, summaryView, scenarioView, volumeView].map((v) => v.load()));
if (import.meta.env.SSR) await loadParts();

/** The document data the server renders the worksheet with (before storage is read). */
const SERVER_DATA = JSON.stringify(createData());

interface Props {
  data: ChannelPricingData;
  readOnly: boolean;
  onChange(data: ChannelPricingData): void;
  onLoadExample(): void;
}

export function PricingForm({ data, readOnly, onChange, onLoadExample }: Props) {
  const chain = computeChain(data);
  // What the server drew below the chain table is out of date for any other data.
  const now = JSON.stringify(data) !== SERVER_DATA;
  const edit = { data, chain, readOnly, onChange };

  return (
    // Only the controls are disabled when read-only: the result tables stay reachable, so
    // keyboard users can still scroll them (a disabled fieldset would make them unfocusable).
    <div class="cp">
      <fieldset class="cp-controls" disabled={readOnly}>
        <legend class="ws-sr-only">{TITLE}</legend>
        <div class="ws-buttons">
          <button type="button" onClick={onLoadExample}>
            {FORM.loadExample}
          </button>
        </div>
        <div class="cp-rule">
          <p>
            <strong>{FORM.rule}</strong>
          </p>
          <p class="ws-hint">{FORM.ruleDetail}</p>
        </div>
        <SetupSection data={data} chain={chain} onChange={onChange} />
        <Deferred view={tierView} props={{ data, onChange }} name="cp-tiers" now={now} onView />
      </fieldset>
      <Deferred
        view={tableView}
        props={{ chain, missing: missingInputs(data) }}
        name="cp-table"
        now={now}
        onView
      />
      <Deferred view={summaryView} props={{ chain }} name="cp-summary" now={now} onView />
      <Deferred view={scenarioView} props={edit} name="cp-scenarios" now={now} onView />
      <Deferred view={volumeView} props={edit} name="cp-volume" now={now} onView />
    </div>
  );
}

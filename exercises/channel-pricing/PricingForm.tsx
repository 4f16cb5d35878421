/**
 * The channel pricing worksheet: settings, tiers, the chain table, the summary and waterfall,
 * scenarios and quantity breaks. Wiring only: every figure and check comes from the model,
 * worked out once per render from the document data.
 */
import { ChainTable } from './ChainTable';
import {
  computeChain,
  computeScenarios,
  computeVolume,
  missingInputs,
  summarize,
  type ChannelPricingData,
} from './model';
import { ScenarioSection } from './ScenarioSection';
import { SetupSection } from './SetupSection';
import { FORM, TITLE } from './strings';
import { SummarySection } from './SummarySection';
import { TierEditor } from './TierEditor';
import { VolumeSection } from './VolumeSection';

interface Props {
  data: ChannelPricingData;
  readOnly: boolean;
  onChange(data: ChannelPricingData): void;
  onLoadExample(): void;
}

export function PricingForm({ data, readOnly, onChange, onLoadExample }: Props) {
  const chain = computeChain(data);
  const summary = summarize(chain);
  const scenarios = computeScenarios(chain, data.scenarios);
  const volume = computeVolume(data, chain);

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
        <TierEditor data={data} onChange={onChange} />
      </fieldset>
      <ChainTable chain={chain} missing={missingInputs(data)} />
      <SummarySection chain={chain} summary={summary} />
      <ScenarioSection
        data={data}
        chain={chain}
        scenarios={scenarios}
        readOnly={readOnly}
        onChange={onChange}
      />
      <VolumeSection
        data={data}
        chain={chain}
        volume={volume}
        readOnly={readOnly}
        onChange={onChange}
      />
    </div>
  );
}

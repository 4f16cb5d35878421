/**
 * 促销价与区域价: named adjustments (an extra % off one buying price) edited above a table that
 * sets each scenario beside the base chain: every tier's 进价 and 毛利率, with the checks.
 */
import { useId, useRef } from 'preact/hooks';
import { TextField } from '../core/ui/fields';
import { NumberField } from '../core/ui/NumberField';
import { ScrollBox } from '../core/ui/ScrollBox';
import { exampleLeftovers } from './example-values';
import { Figure } from './fields';
import { addScenario, removeScenario, updateScenario } from './edits';
import { computeChain, type TierRow } from './chain';
import type { ChannelPricingData } from './model';
import { RULE, showPercent, showYuan } from './money';
import { reading } from './read';
import { SCENARIO as T } from './scenario-strings';
import { computeScenarios } from './scenarios';
import { TierPicker } from './TierPicker';

export interface ScenarioSectionProps {
  data: ChannelPricingData;
  /** Controls are disabled (results stay readable and scrollable). */
  readOnly: boolean;
  onChange(data: ChannelPricingData): void;
}

function Cell({ row }: { row: TierRow | undefined }) {
  if (!row)
    return (
      <td class="ws-num">
        <span class="ws-pending">{T.notReady}</span>
      </td>
    );
  const buy = row.issues.filter((i) => i.at === 'buy');
  const margin = row.issues.filter((i) => i.at === 'margin');
  return (
    <td class="ws-num">
      <span class="cp-pair">
        <span class="cp-sub">{T.buy}</span>
        <Figure value={showYuan(row.buy)} issues={buy} />
      </span>
      {row.role !== 'buyer' && (
        <span class="cp-pair">
          <span class="cp-sub">{T.margin}</span>
          <Figure value={showPercent(row.margin)} issues={margin} />
        </span>
      )}
    </td>
  );
}

export function ScenarioSection({ data, readOnly, onChange }: ScenarioSectionProps) {
  const chain = computeChain(data);
  const scenarios = computeScenarios(chain, data.scenarios);
  const id = useId();
  const left = exampleLeftovers(data);
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <section class="cp-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{T.heading}</h3>
      <p class="ws-hint">{T.intro}</p>
      <fieldset class="cp-controls" disabled={readOnly}>
        <legend class="ws-sr-only">{T.heading}</legend>
        {data.scenarios.length === 0 && <p class="ws-hint">{T.empty}</p>}
        <ol class="cp-scenarios">
          {data.scenarios.map((s, i) => {
            const label = s.name.trim() || T.fallbackName(i + 1);
            const result = scenarios[i];
            return (
              <li key={s.id} class="cp-tier">
                <fieldset>
                  <legend>{T.rowLegend(i + 1, label)}</legend>
                  <div class="cp-grid">
                    <TextField
                      label={T.name}
                      srPrefix={T.fallbackName(i + 1)}
                      value={s.name}
                      onInput={(name) => onChange(updateScenario(data, i, { name }))}
                    />
                    <TierPicker
                      id={`${id}-${s.id}-tier`}
                      label={T.tier}
                      srPrefix={label}
                      tiers={data.tiers}
                      index={result.tierIndex}
                      onPick={(tierId) => onChange(updateScenario(data, i, { tierId }))}
                    />
                    <NumberField
                      label={T.extraOff}
                      srPrefix={label}
                      value={s.extraOff}
                      example={left.has(`scenarios.${s.id}.extraOff`)}
                      parse={reading(RULE.extraOff)}
                      hint={T.extraOffHint}
                      onInput={(extraOff) => onChange(updateScenario(data, i, { extraOff }))}
                    />
                  </div>
                  {result.how && <p class="cp-how-line">{result.how}</p>}
                  {result.breakEven && <p class="cp-how-line">{result.breakEven.message}</p>}
                  <button
                    type="button"
                    aria-label={T.remove(label)}
                    onClick={() => {
                      onChange(removeScenario(data, i));
                      addButton.current?.focus();
                    }}
                  >
                    {T.removeShort}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <div class="ws-buttons">
          <button
            type="button"
            ref={addButton}
            onClick={() => onChange(addScenario(data, T.newName))}
          >
            {T.add}
          </button>
        </div>
      </fieldset>
      {chain.ok && scenarios.length > 0 && (
        <ScrollBox labelledBy={`${id}-cap`}>
          <table class="cp-table">
            <caption id={`${id}-cap`}>{T.compareCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{T.tierHeader}</th>
                <th scope="col" class="ws-num">
                  {T.base}
                </th>
                {scenarios.map((s, i) => (
                  <th key={s.id} scope="col" class="ws-num">
                    {s.name.trim() || T.fallbackName(i + 1)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chain.rows.map((row, r) => (
                <tr key={row.id}>
                  <th scope="row">{row.name}</th>
                  <Cell row={row} />
                  {scenarios.map((s) => (
                    <Cell key={s.id} row={s.rows?.[r]} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}

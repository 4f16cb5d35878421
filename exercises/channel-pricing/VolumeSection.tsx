/**
 * 数量折扣与阶梯价格: pick the buying tier, type the order quantity and the breaks
 * («超过 N 件 → X 折»); the results (bands, both settlements, cliffs) are in VolumeResults.
 */
import { reading } from './read';
import { NumberField } from '../core/ui/NumberField';
import { PaperRows } from '../core/ui/PaperRows';
import { useId, useRef } from 'preact/hooks';
import { exampleLeftovers } from './example-values';
import { addBreak, removeBreak, setVolume, updateBreak } from './edits';
import { computeChain } from './chain';
import type { ChannelPricingData } from './model';
import { RULE } from './money';
import { TierPicker } from './TierPicker';
import { computeVolume } from './volume';
import { VOLUME as T } from './volume-strings';
import { VolumeResults } from './VolumeResults';

export interface VolumeSectionProps {
  data: ChannelPricingData;
  /** Controls are disabled (results stay readable and scrollable). */
  readOnly: boolean;
  onChange(data: ChannelPricingData): void;
}

export function VolumeSection({ data, readOnly, onChange }: VolumeSectionProps) {
  const chain = computeChain(data);
  const volume = computeVolume(data, chain);
  const id = useId();
  const left = exampleLeftovers(data);
  const addButton = useRef<HTMLButtonElement>(null);
  const { breaks } = data.volume;
  return (
    <section class="cp-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{T.heading}</h3>
      <p class="ws-hint">{T.intro}</p>
      <fieldset class="cp-controls" disabled={readOnly}>
        <legend class="ws-sr-only">{T.heading}</legend>
        <div class="cp-grid">
          <TierPicker
            id={`${id}-tier`}
            label={T.tier}
            tiers={data.tiers}
            index={volume.tierIndex}
            onPick={(tierId) => onChange(setVolume(data, { tierId }))}
          />
          <NumberField
            label={T.quantity}
            value={data.volume.quantity}
            example={left.has('volume.quantity')}
            parse={reading(RULE.count)}
            onInput={(quantity) => onChange(setVolume(data, { quantity }))}
          />
        </div>
        {breaks.length === 0 ? (
          <>
            <p class="ws-hint ws-pending">{T.noBreaks}</p>
            <PaperRows columns={[T.above, T.discount]} />
          </>
        ) : (
          <div class="ws-table-wrap">
            <table class="cp-table cp-breaks">
              <caption>{T.breaksCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{T.above}</th>
                  <th scope="col">{T.discount}</th>
                  <th scope="col">
                    <span class="ws-sr-only">{T.actions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {breaks.map((b, i) => (
                  <tr key={i}>
                    <td>
                      <NumberField
                        label={T.aboveLabel(i + 1)}
                        labelHidden
                        size={8}
                        value={b.above}
                        example={left.has(`volume.breaks.${i}.above`)}
                        parse={reading(RULE.count)}
                        required
                        error={volume.rowErrors[i]}
                        onInput={(above) => onChange(updateBreak(data, i, { above }))}
                      />
                    </td>
                    <td>
                      <NumberField
                        label={T.discountLabel(i + 1)}
                        labelHidden
                        size={6}
                        value={b.discount}
                        example={left.has(`volume.breaks.${i}.discount`)}
                        parse={reading(RULE.zhe)}
                        required
                        onInput={(discount) => onChange(updateBreak(data, i, { discount }))}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        aria-label={T.remove(i + 1)}
                        onClick={() => {
                          onChange(removeBreak(data, i));
                          addButton.current?.focus();
                        }}
                      >
                        {T.removeShort}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div class="ws-buttons">
          <button type="button" ref={addButton} onClick={() => onChange(addBreak(data))}>
            {T.add}
          </button>
        </div>
      </fieldset>
      <VolumeResults chain={chain} volume={volume} />
    </section>
  );
}

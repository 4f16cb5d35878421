/**
 * 到手价: for the producer and each reseller, what it pays off the invoice (inputs), and its
 * invoice price → pocket price with the pocket margin, as a waterfall with its data table.
 */
import { NumberField } from '../core/ui/NumberField';
import { useId } from 'preact/hooks';
import { exampleLeftovers } from './example-values';
import { computeChain } from './chain';
import { updateTier } from './edits';
import type { ChannelPricingData, Pocket } from './model';
import { formatYuan, showPercent } from './money';
import { computePockets, type PocketResult } from './pocket';
import { POCKET as T } from './pocket-strings';
import { reading, RULE } from './read';
import { tierName } from './strings';
import { WaterfallChart } from './WaterfallChart';

export interface PocketSectionProps {
  data: ChannelPricingData;
  readOnly: boolean;
  onChange(data: ChannelPricingData): void;
}

function Result({ name, result }: { name: string; result: PocketResult }) {
  if (!result.ok) {
    const text =
      result.reason === 'none' ? T.none : result.reason === 'invalid' ? T.invalid : T.noPrice;
    return <p class={result.reason === 'invalid' ? 'ws-hint' : 'ws-hint ws-pending'}>{text}</p>;
  }
  return (
    <>
      <p class="cp-how-line">
        {T.result(
          formatYuan(result.invoice),
          formatYuan(result.pocket),
          formatYuan(result.pocketMargin),
          showPercent(result.pocketMarginRate),
          showPercent(result.invoiceMarginRate),
        )}
      </p>
      <WaterfallChart
        items={result.waterfall}
        retail={result.invoice}
        title={T.chartTitle(name, formatYuan(result.invoice), formatYuan(result.pocket))}
        caption={T.tableCaption(name)}
        shareHeader={T.share}
      />
    </>
  );
}

export function PocketSection({ data, readOnly, onChange }: PocketSectionProps) {
  const id = useId();
  const left = exampleLeftovers(data);
  const chain = computeChain(data);
  const pockets = computePockets(data, chain);
  const sellers = data.tiers.slice(0, -1);
  return (
    <section class="cp-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{T.heading}</h3>
      <p class="ws-hint">{T.intro}</p>
      {sellers.map((tier, i) => {
        const name = tierName(tier.name, i);
        const p = tier.pocket;
        const set = (patch: Partial<Pocket>) =>
          onChange(updateTier(data, i, { pocket: { ...p, ...patch } }));
        const text = (key: keyof Pocket) => (v: string) => set({ [key]: v });
        return (
          <div key={tier.id} class="cp-tier">
            <fieldset class="cp-controls" disabled={readOnly}>
              <legend>{T.legend(name)}</legend>
              <div class="cp-grid">
                <NumberField
                  label={T.rebate}
                  srPrefix={name}
                  value={p.rebate}
                  example={left.has(`tiers.${tier.id}.pocket.rebate`)}
                  parse={reading(p.rebateKind === 'percent' ? RULE.extraOff : RULE.money)}
                  hint={T.rebateHint}
                  onInput={text('rebate')}
                />
                <div class="ws-field">
                  <label class="ws-label" for={`${id}-${tier.id}-rk`}>
                    <span class="ws-sr-only">{name} </span>
                    {T.rebateKind}
                  </label>
                  <select
                    id={`${id}-${tier.id}-rk`}
                    value={p.rebateKind}
                    onChange={(e) =>
                      set({ rebateKind: e.currentTarget.value === 'unit' ? 'unit' : 'percent' })
                    }
                  >
                    <option value="percent">{T.percent}</option>
                    <option value="unit">{T.unit}</option>
                  </select>
                </div>
                <NumberField
                  label={T.promo}
                  srPrefix={name}
                  value={p.promo}
                  example={left.has(`tiers.${tier.id}.pocket.promo`)}
                  parse={reading(RULE.money)}
                  hint={T.promoHint}
                  onInput={text('promo')}
                />
                <div class="ws-field">
                  <label class="ws-label" for={`${id}-${tier.id}-pk`}>
                    <span class="ws-sr-only">{name} </span>
                    {T.promoKind}
                  </label>
                  <select
                    id={`${id}-${tier.id}-pk`}
                    value={p.promoKind}
                    onChange={(e) =>
                      set({ promoKind: e.currentTarget.value === 'lump' ? 'lump' : 'unit' })
                    }
                  >
                    <option value="unit">{T.perUnit}</option>
                    <option value="lump">{T.lump}</option>
                  </select>
                </div>
                {p.promoKind === 'lump' && (
                  <NumberField
                    label={T.promoVolume}
                    srPrefix={name}
                    value={p.promoVolume}
                    example={left.has(`tiers.${tier.id}.pocket.promoVolume`)}
                    parse={reading(RULE.count)}
                    onInput={text('promoVolume')}
                  />
                )}
                <NumberField
                  label={T.freight}
                  srPrefix={name}
                  value={p.freight}
                  example={left.has(`tiers.${tier.id}.pocket.freight`)}
                  parse={reading(RULE.money)}
                  onInput={text('freight')}
                />
                <NumberField
                  label={T.termDays}
                  srPrefix={name}
                  value={p.termDays}
                  example={left.has(`tiers.${tier.id}.pocket.termDays`)}
                  parse={reading(RULE.days)}
                  hint={T.termsHint}
                  onInput={text('termDays')}
                />
                <NumberField
                  label={T.capitalRate}
                  srPrefix={name}
                  value={p.capitalRate}
                  example={left.has(`tiers.${tier.id}.pocket.capitalRate`)}
                  parse={reading(RULE.vat)}
                  onInput={text('capitalRate')}
                />
                <NumberField
                  label={T.cashDiscount}
                  srPrefix={name}
                  value={p.cashDiscount}
                  example={left.has(`tiers.${tier.id}.pocket.cashDiscount`)}
                  parse={reading(RULE.extraOff)}
                  onInput={text('cashDiscount')}
                />
                <NumberField
                  label={T.returns}
                  srPrefix={name}
                  value={p.returns}
                  example={left.has(`tiers.${tier.id}.pocket.returns`)}
                  parse={reading(RULE.extraOff)}
                  onInput={text('returns')}
                />
              </div>
            </fieldset>
            <Result name={name} result={pockets[i]} />
          </div>
        );
      })}
    </section>
  );
}

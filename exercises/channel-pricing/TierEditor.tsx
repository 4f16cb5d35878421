/**
 * 价格链层级: one group of inputs per tier, in chain order. What a tier needs depends on its
 * place and the method (tiers.ts: the channel tiers take a discount under 零售价倒推; every
 * seller takes a markup or a target margin under 成本加成). Tiers are
 * renamed, added, removed and reordered with real buttons; after 上移/下移 the focus stays
 * on the moved tier's button so the keyboard can keep moving it.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { TextField } from '../core/ui/fields';
import { exampleLeftovers } from './example-values';
import { NumberField } from '../core/ui/NumberField';
import { addTier, moveTier, removeTier, updateTier } from './edits';
import type { ChannelPricingData, Tier } from './model';
import { reading, RULE } from './read';
import { TIERS as T } from './chain-strings';
import { tierName } from './strings';
import { tierInputs } from './tiers';

export interface TierEditorProps {
  data: ChannelPricingData;
  onChange(data: ChannelPricingData): void;
}

type Focus = { id: string; dir: 'up' | 'down' } | { id: 'add' };

export function TierEditor({ data, onChange }: TierEditorProps) {
  const uid = useId();
  const left = exampleLeftovers(data);
  const [focus, setFocus] = useState<Focus | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const n = data.tiers.length;

  useEffect(() => {
    if (!focus) return;
    setFocus(null);
    if (focus.id === 'add') return addButton.current?.focus();
    const up = document.getElementById(`${uid}-${focus.id}-up`) as HTMLButtonElement | null;
    const down = document.getElementById(`${uid}-${focus.id}-down`) as HTMLButtonElement | null;
    const [first, second] = 'dir' in focus && focus.dir === 'up' ? [up, down] : [down, up];
    (first && !first.disabled ? first : second)?.focus();
  }, [focus, uid]);

  const edit = (i: number, patch: Partial<Omit<Tier, 'id'>>) =>
    onChange(updateTier(data, i, patch));

  return (
    <section class="cp-section" aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`}>{T.heading}</h3>
      <p class="ws-hint">{T.intro}</p>
      {n < 2 && <p class="ws-error">{T.tooFew}</p>}
      <ol class="cp-tiers">
        {data.tiers.map((tier, i) => {
          const name = tierName(tier.name, i);
          const inputs = tierInputs(data.method, i, n);
          const nextName = i + 1 < n ? tierName(data.tiers[i + 1].name, i + 1) : '';
          return (
            <li key={tier.id} class="cp-tier">
              <fieldset>
                <legend>{T.rowLegend(i + 1, name)}</legend>
                <p class="ws-hint">{T.role[inputs.role]}</p>
                <div class="cp-grid">
                  <TextField
                    label={T.name}
                    srPrefix={T.fallbackName(i + 1)}
                    value={tier.name}
                    onInput={(v) => edit(i, { name: v })}
                  />
                  {inputs.discount && (
                    <>
                      {inputs.discountBase && (
                        <div class="ws-field">
                          <label class="ws-label" for={`${uid}-${tier.id}-base`}>
                            <span class="ws-sr-only">{name} </span>
                            {T.discountBase}
                          </label>
                          <select
                            id={`${uid}-${tier.id}-base`}
                            value={tier.discountBase}
                            onChange={(e) =>
                              edit(i, {
                                discountBase: e.currentTarget.value === 'next' ? 'next' : 'retail',
                              })
                            }
                          >
                            <option value="retail">{T.baseRetail}</option>
                            <option value="next">{T.baseNext(nextName)}</option>
                          </select>
                        </div>
                      )}
                      <NumberField
                        label={T.discount}
                        srPrefix={name}
                        value={tier.discount}
                        example={left.has(`tiers.${tier.id}.discount`)}
                        parse={reading(RULE.zhe)}
                        required
                        hint={T.discountHint}
                        onInput={(v) => edit(i, { discount: v })}
                      />
                    </>
                  )}
                  {inputs.rate && (
                    <>
                      <fieldset class="cp-choice">
                        <legend>
                          <span class="ws-sr-only">{name} </span>
                          {T.rateKind}
                        </legend>
                        {(['markup', 'margin'] as const).map((kind) => (
                          <label key={kind}>
                            <input
                              type="radio"
                              name={`${uid}-${tier.id}-kind`}
                              checked={tier.rateKind === kind}
                              onChange={() => edit(i, { rateKind: kind })}
                            />
                            <span class="ws-sr-only">{name} </span>
                            {kind === 'markup' ? T.byMarkup : T.byMargin}
                          </label>
                        ))}
                      </fieldset>
                      <NumberField
                        label={tier.rateKind === 'markup' ? T.markup : T.margin}
                        srPrefix={name}
                        value={tier.rate}
                        example={left.has(`tiers.${tier.id}.rate`)}
                        parse={reading(tier.rateKind === 'markup' ? RULE.markup : RULE.margin)}
                        required
                        hint={tier.rateKind === 'markup' ? T.markupHint : T.marginHint}
                        onInput={(v) => edit(i, { rate: v })}
                      />
                    </>
                  )}
                  {inputs.minMargin && (
                    <NumberField
                      label={T.minMargin}
                      srPrefix={name}
                      value={tier.minMargin}
                      example={left.has(`tiers.${tier.id}.minMargin`)}
                      parse={reading(RULE.margin)}
                      hint={T.minMarginHint}
                      onInput={(v) => edit(i, { minMargin: v })}
                    />
                  )}
                </div>
                <div class="ws-buttons">
                  <button
                    type="button"
                    id={`${uid}-${tier.id}-up`}
                    aria-label={T.moveUpLabel(name)}
                    disabled={i === 0}
                    onClick={() => {
                      onChange(moveTier(data, i, -1));
                      setFocus({ id: tier.id, dir: 'up' });
                    }}
                  >
                    {T.moveUp}
                  </button>
                  <button
                    type="button"
                    id={`${uid}-${tier.id}-down`}
                    aria-label={T.moveDownLabel(name)}
                    disabled={i === n - 1}
                    onClick={() => {
                      onChange(moveTier(data, i, 1));
                      setFocus({ id: tier.id, dir: 'down' });
                    }}
                  >
                    {T.moveDown}
                  </button>
                  <button
                    type="button"
                    aria-label={T.removeLabel(name)}
                    onClick={() => {
                      onChange(removeTier(data, i));
                      setFocus({ id: 'add' });
                    }}
                  >
                    {T.remove}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div class="ws-buttons">
        <button type="button" ref={addButton} onClick={() => onChange(addTier(data, T.newName))}>
          {T.add}
        </button>
      </div>
    </section>
  );
}

/**
 * 基本设置: the method (零售价倒推 / 成本加成), the price basis (含税 / 不含税), the unit cost,
 * the retail price, VAT and the retail price ending (the floors and approval levels are in
 * 价格执行管控, ControlsSection.tsx).
 * Its inputs work without the arithmetic; the figures beside them (figures.ts) come in
 * `figures` once it has loaded, and are null before.
 */
import { NumberField } from '../core/ui/NumberField';
import { useId } from 'preact/hooks';
import {
  setBasis,
  setEnding,
  setMethod,
  setText,
  type ChannelPricingData,
  type PriceEnding,
} from './model';
import type { ExampleLeft } from './example-values';
import type { SetupFigures } from './figures';
import { reading, RULE } from './read';
import { SETUP as T } from './strings';

interface Props {
  data: ChannelPricingData;
  figures: SetupFigures | null;
  /** Values still the example's (example-values.ts), once its code has loaded. */
  left?: ExampleLeft | null;
  onChange(data: ChannelPricingData): void;
}

const ENDINGS: readonly PriceEnding[] = ['none', 'nine-down', 'nine', 'yuan'];

export function SetupSection({ data, figures, left, onChange }: Props) {
  const id = useId();
  const basis = T[data.priceBasis];
  const otherName = data.priceBasis === 'gross' ? T.net : T.gross;
  const other = (raw: string) => {
    const value = figures?.other(raw);
    return value ? T.other(otherName, value) : null;
  };
  const costPlus = data.method === 'cost-plus';
  const retailOther = figures?.retailOther;

  return (
    <section class="cp-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{T.heading}</h3>
      <div class="cp-grid">
        <fieldset class="cp-choice">
          <legend>{T.method}</legend>
          {(['retail-minus', 'cost-plus'] as const).map((method) => (
            <div key={method} class="cp-radio">
              <label>
                <input
                  type="radio"
                  name={`${id}-method`}
                  checked={data.method === method}
                  aria-describedby={`${id}-${method}`}
                  onChange={() => onChange(setMethod(data, method))}
                />
                {method === 'cost-plus' ? T.costPlus : T.retailMinus}
              </label>
              <span id={`${id}-${method}`} class="ws-hint">
                {method === 'cost-plus' ? T.costPlusHint : T.retailMinusHint}
              </span>
            </div>
          ))}
        </fieldset>
        <fieldset class="cp-choice" aria-describedby={`${id}-basis-hint`}>
          <legend>{T.basis}</legend>
          {(['gross', 'net'] as const).map((b) => (
            <label key={b}>
              <input
                type="radio"
                name={`${id}-basis`}
                checked={data.priceBasis === b}
                onChange={() => onChange(setBasis(data, b))}
              />
              {T[b]}
            </label>
          ))}
          <p id={`${id}-basis-hint`} class="ws-hint">
            {T.basisHint}
          </p>
        </fieldset>
      </div>
      <div class="cp-grid">
        <NumberField
          label={T.unitCost}
          value={data.unitCost}
          parse={reading(RULE.unitCost)}
          required={costPlus}
          hint={T.unitCostHint}
          example={left?.has('unitCost')}
          onInput={(v) => onChange(setText(data, 'unitCost', v))}
        />
        {costPlus ? (
          <div class="ws-field">
            <span class="ws-label" id={`${id}-retail`}>
              {T.computedRetail}
            </span>
            <output class="cp-output" aria-labelledby={`${id}-retail`}>
              {figures?.retail ?? '—'}
              {retailOther && <span class="ws-aside"> {T.other(otherName, retailOther)}</span>}
              {figures?.beforeEnding && (
                <span class="ws-aside"> {T.endingComputed(figures.beforeEnding)}</span>
              )}
            </output>
          </div>
        ) : (
          <NumberField
            label={T.retailPrice}
            value={data.retailPrice}
            parse={reading(RULE.money)}
            required
            hint={T.priceHint(basis)}
            example={left?.has('retailPrice')}
            aside={
              figures?.beforeEnding && figures.retail
                ? [T.endingUsed(figures.beforeEnding, figures.retail), other(figures.retail)]
                    .filter(Boolean)
                    .join('；')
                : other(data.retailPrice)
            }
            onInput={(v) => onChange(setText(data, 'retailPrice', v))}
          />
        )}
        <NumberField
          label={T.vatRate}
          value={data.vatRate}
          parse={reading(RULE.vat)}
          required
          hint={T.vatHint}
          onInput={(v) => onChange(setText(data, 'vatRate', v))}
        />
      </div>
      <fieldset class="cp-choice cp-inline" aria-describedby={`${id}-ending-hint`}>
        <legend>{T.ending}</legend>
        {ENDINGS.map((ending) => (
          <label key={ending}>
            <input
              type="radio"
              name={`${id}-ending`}
              checked={data.ending === ending}
              onChange={() => onChange(setEnding(data, ending))}
            />
            {T.endings[ending]}
          </label>
        ))}
        <p id={`${id}-ending-hint`} class="ws-hint">
          {T.endingHint}
        </p>
      </fieldset>
    </section>
  );
}

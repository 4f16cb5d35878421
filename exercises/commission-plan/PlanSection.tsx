/** 提成方案: 底薪, 提成基数, 计算方式, 提成档位, 回款比例, 封顶, 测算目标 and 毛利系数. */
import { useId } from 'preact/hooks';
import type { ExampleLeft } from '../core/example-paths';
import { LIST_MAX } from '../core/limits';
import { NumberField } from '../core/ui/NumberField';
import {
  addBand,
  addTier,
  FACTOR_INPUT,
  MONEY_INPUT,
  PERCENT_INPUT,
  removeBand,
  removeTier,
  setField,
  SHARE_INPUT,
  updateBand,
  updateTier,
  type CommissionData,
} from './model';
import { BASES, METHODS, type CommissionBase } from './shape';
import { BASE_LABELS, FORM, HINT, LABELS, METHOD_LABELS } from './strings';

interface Props {
  data: CommissionData;
  readOnly: boolean;
  /** Values still the example's (example-values.ts), once its code has loaded. */
  left?: ExampleLeft | null;
  onChange(data: CommissionData): void;
}

export function PlanSection({ data, readOnly, left, onChange }: Props) {
  const id = useId();
  return (
    <fieldset class="cp-section" disabled={readOnly} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{FORM.planHeading}</h3>
      <div class="cp-grid">
        <NumberField
          label={LABELS.baseSalary}
          hint={HINT.money}
          value={data.baseSalary}
          example={left?.has('baseSalary')}
          parse={MONEY_INPUT}
          onInput={(v) => onChange(setField(data, 'baseSalary', v))}
        />
        <div class="ws-field">
          <label class="ws-label" for={`${id}-base`}>
            {LABELS.base}
          </label>
          <select
            id={`${id}-base`}
            value={data.base}
            onChange={(e) =>
              onChange(setField(data, 'base', e.currentTarget.value as CommissionBase))
            }
          >
            {BASES.map((b) => (
              <option key={b} value={b}>
                {BASE_LABELS[b]}
              </option>
            ))}
          </select>
        </div>
        <NumberField
          label={LABELS.collectionShare}
          hint={HINT.collectionShare}
          value={data.collectionShare}
          example={left?.has('collectionShare')}
          parse={SHARE_INPUT}
          onInput={(v) => onChange(setField(data, 'collectionShare', v))}
        />
        <NumberField
          label={LABELS.cap}
          hint={HINT.cap}
          value={data.cap}
          example={left?.has('cap')}
          parse={MONEY_INPUT}
          onInput={(v) => onChange(setField(data, 'cap', v))}
        />
        <NumberField
          label={LABELS.chartTarget}
          hint={HINT.chartTarget}
          value={data.chartTarget}
          example={left?.has('chartTarget')}
          parse={MONEY_INPUT}
          onInput={(v) => onChange(setField(data, 'chartTarget', v))}
        />
      </div>
      <fieldset class="cp-choice">
        <legend>{LABELS.method}</legend>
        {METHODS.map((m) => (
          <label key={m}>
            <input
              type="radio"
              name={`${id}-method`}
              value={m}
              checked={data.method === m}
              onChange={() => onChange(setField(data, 'method', m))}
            />{' '}
            {METHOD_LABELS[m]}
          </label>
        ))}
      </fieldset>
      <h4 id={`${id}-tiers`}>{LABELS.tiers}</h4>
      <p class="ws-hint">{HINT.tiers}</p>
      <ol class="cp-rows" aria-labelledby={`${id}-tiers`}>
        {data.tiers.map((tier, i) => (
          <li key={tier.id} class="cp-row">
            <NumberField
              label={FORM.tierFrom}
              srPrefix={FORM.tierN(i + 1)}
              size={6}
              value={tier.from}
              example={left?.has(`tiers.${tier.id}.from`)}
              parse={PERCENT_INPUT}
              onInput={(from) => onChange(updateTier(data, tier.id, { from }))}
            />
            <NumberField
              label={FORM.tierRate}
              srPrefix={FORM.tierN(i + 1)}
              size={6}
              value={tier.rate}
              example={left?.has(`tiers.${tier.id}.rate`)}
              parse={PERCENT_INPUT}
              onInput={(rate) => onChange(updateTier(data, tier.id, { rate }))}
            />
            <button
              type="button"
              disabled={data.tiers.length <= 1}
              aria-label={`${FORM.removeTier}：${FORM.tierN(i + 1)}`}
              onClick={() => onChange(removeTier(data, tier.id))}
            >
              {FORM.removeTier}
            </button>
          </li>
        ))}
      </ol>
      <div class="ws-buttons">
        <button
          type="button"
          disabled={data.tiers.length >= LIST_MAX}
          onClick={() => onChange(addTier(data))}
        >
          {FORM.addTier}
        </button>
      </div>
      <h4 id={`${id}-bands`}>{FORM.marginHeading}</h4>
      <p class="ws-hint">{HINT.marginBands}</p>
      {data.marginBands.length > 0 && (
        <ol class="cp-rows" aria-labelledby={`${id}-bands`}>
          {data.marginBands.map((band, i) => (
            <li key={band.id} class="cp-row">
              <NumberField
                label={FORM.bandFrom}
                srPrefix={FORM.bandN(i + 1)}
                size={6}
                value={band.from}
                example={left?.has(`marginBands.${band.id}.from`)}
                parse={PERCENT_INPUT}
                onInput={(from) => onChange(updateBand(data, band.id, { from }))}
              />
              <NumberField
                label={FORM.bandFactor}
                srPrefix={FORM.bandN(i + 1)}
                size={6}
                value={band.factor}
                example={left?.has(`marginBands.${band.id}.factor`)}
                parse={FACTOR_INPUT}
                onInput={(factor) => onChange(updateBand(data, band.id, { factor }))}
              />
              <button
                type="button"
                aria-label={`${FORM.removeBand}${FORM.bandN(i + 1)}`}
                onClick={() => onChange(removeBand(data, band.id))}
              >
                {FORM.removeBand}
              </button>
            </li>
          ))}
        </ol>
      )}
      <div class="ws-buttons">
        <button
          type="button"
          disabled={data.marginBands.length >= LIST_MAX}
          onClick={() => onChange(addBand(data))}
        >
          {FORM.addBand}
        </button>
      </div>
    </fieldset>
  );
}

/**
 * 分解到期间: a row per quarter (or month) with its weight, its share and an optional share
 * typed by hand, and under it a row per month (or week) with its weight and share.
 */
import { Fragment } from 'preact';
import { useId } from 'preact/hooks';
import { formatNumber } from '../core/numbers';
import { NumberField } from '../core/ui/NumberField';
import {
  amountInput,
  formatAmount,
  normalizeCascade,
  periodShape,
  setFiscalStart,
  setPeriodMode,
  setSubWeight,
  setTopOverride,
  setTopWeight,
  WEIGHT_INPUT,
  type CascadePlan,
  type SmartGoalData,
} from './model';
import { periodLabels } from './cascade-labels';
import { CASCADE as T } from './cascade-strings';
import { RemainderNote } from './RemainderNote';

interface Props {
  data: SmartGoalData;
  plan: CascadePlan;
  onChange(data: SmartGoalData): void;
}

export function PeriodTable({ data, plan, onChange }: Props) {
  const id = useId();
  const cascade = normalizeCascade(data.cascade, periodShape(data.cascade, data.deadline));
  const year = cascade.mode === 'year';
  const split = plan.ok && plan.periods.ok ? plan.periods : null;
  const show = (value: number | undefined) =>
    plan.ok && value !== undefined
      ? formatNumber(value, {
          maximumFractionDigits: plan.decimals,
          minimumFractionDigits: plan.decimals,
        })
      : '—';
  const labels = periodLabels(data);
  const topLabel = (i: number) => labels.top[i];
  const subLabel = (i: number, j: number) => labels.sub[i][j];

  return (
    <section class="sg-subsection" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{T.periods}</h4>
      <div class="ws-field sg-mode">
        <label class="ws-label" for={`${id}-mode`}>
          {T.mode}
        </label>
        <select
          id={`${id}-mode`}
          value={cascade.mode}
          onChange={(e) =>
            onChange(setPeriodMode(data, e.currentTarget.value === 'quarter' ? 'quarter' : 'year'))
          }
        >
          <option value="year">{T.modeYear}</option>
          <option value="quarter">{T.modeQuarter}</option>
        </select>
      </div>
      {year && (
        <div class="ws-field sg-mode">
          <label class="ws-label" for={`${id}-fiscal`}>
            {T.fiscalStart}
          </label>
          <select
            id={`${id}-fiscal`}
            value={String(cascade.fiscalStart)}
            aria-describedby={`${id}-fiscal-hint`}
            onChange={(e) => onChange(setFiscalStart(data, Number(e.currentTarget.value)))}
          >
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i} value={String(i + 1)}>
                {T.monthOption(i + 1)}
              </option>
            ))}
          </select>
          <p class="ws-hint" id={`${id}-fiscal-hint`}>
            {T.fiscalStartHint}
          </p>
        </div>
      )}
      {plan.ok && !plan.periods.ok && <p class="ws-error">{T.noWeight}</p>}
      <div class="ws-table-wrap">
        <table class="sg-table">
          <thead>
            <tr>
              <th scope="col">{T.period}</th>
              <th scope="col">{T.weight}</th>
              <th scope="col" class="ws-num">
                {T.share}
              </th>
              <th scope="col">{T.manual}</th>
            </tr>
          </thead>
          <tbody>
            {cascade.topWeights.map((weight, i) => (
              <Fragment key={`${cascade.mode}-${i}`}>
                <tr class="sg-top">
                  <th scope="row">{topLabel(i)}</th>
                  <td>
                    <NumberField
                      label={T.weightLabel(topLabel(i))}
                      labelHidden
                      size={4}
                      value={weight}
                      parse={WEIGHT_INPUT}
                      onInput={(v) => onChange(setTopWeight(data, i, v))}
                    />
                  </td>
                  <td class="ws-num">{show(split?.periods[i].value)}</td>
                  <td>
                    <NumberField
                      label={T.manualLabel(topLabel(i))}
                      labelHidden
                      size={6}
                      placeholder={split ? show(split.periods[i].auto) : ''}
                      value={cascade.topOverrides[i]}
                      parse={amountInput(data.unit)}
                      onInput={(v) => onChange(setTopOverride(data, i, v))}
                    />
                  </td>
                </tr>
                {cascade.subWeights[i].map((sub, j) => (
                  <tr key={j} class="sg-sub">
                    <th scope="row">{subLabel(i, j)}</th>
                    <td>
                      <NumberField
                        label={T.weightLabel(subLabel(i, j))}
                        labelHidden
                        size={4}
                        value={sub}
                        parse={WEIGHT_INPUT}
                        onInput={(v) => onChange(setSubWeight(data, i, j, v))}
                      />
                    </td>
                    <td class="ws-num">{show(split?.periods[i].subs[j])}</td>
                    <td />
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{T.sum}</th>
              <td />
              <td class="ws-num">{show(split?.sum)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <p class={split?.mismatch ? 'ws-error' : 'ws-hint'} role="status">
        {split?.mismatch && plan.ok
          ? T.mismatchPeriods(
              formatAmount(split.sum, plan.unit),
              formatAmount(plan.total, plan.unit),
              formatAmount(split.difference, plan.unit),
            )
          : split
            ? T.balanced
            : ''}
      </p>
      {plan.ok && split?.remainder && (
        <RemainderNote
          remainder={split.remainder}
          names={split.remainder.to.map(topLabel)}
          unit={plan.unit}
        />
      )}
      {plan.ok &&
        split?.periods.map(
          (p, i) =>
            p.subRemainder && (
              <RemainderNote
                key={i}
                period={topLabel(i)}
                remainder={p.subRemainder}
                names={p.subRemainder.to.map((j) => subLabel(i, j))}
                unit={plan.unit}
              />
            ),
        )}
    </section>
  );
}

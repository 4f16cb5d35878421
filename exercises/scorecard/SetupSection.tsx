/**
 * 指标与权重: each category's weight and its indicators (名称, 权重, 目标值, 计分方式, 方向,
 * 封顶, 门槛), the live weight total and the card's warnings. Wiring only: rules are in score.ts.
 */
import { useId } from 'preact/hooks';
import { TextField } from '../core/ui/fields';
import { NumberField } from '../core/ui/NumberField';
import { PaperRows } from '../core/ui/PaperRows';
import { Choice } from './Choice';
import {
  addIndicator,
  CAP_INPUT,
  cardIssues,
  categoryWeightTotal,
  formatExact,
  indicatorWeightTotal,
  removeIndicator,
  setCategoryWeight,
  THRESHOLD_INPUT,
  updateIndicator,
  VALUE_INPUT,
  WEIGHT_INPUT,
  type Category,
  type ScorecardData,
} from './model';
import { DIRECTIONS, RULES } from './shape';
import { CATEGORY_NAME, DIRECTION_NAME, FIELD, FORM, HINT, RULE_NAME } from './strings';

interface Props {
  data: ScorecardData;
  onChange(data: ScorecardData): void;
}

export function SetupSection({ data, onChange }: Props) {
  const id = useId();
  const total = categoryWeightTotal(data);
  const issues = cardIssues(data);
  return (
    <section class="sc-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{FORM.setup}</h3>
      <p class="ws-hint">{HINT.weights}</p>
      <p class="ws-hint">{HINT.rules}</p>
      {data.categories.map((category) => (
        <CategoryBlock key={category.key} data={data} category={category} onChange={onChange} />
      ))}
      <p class={total.ok ? 'sc-total' : 'sc-total sc-total-off'}>
        {FORM.weightTotal}：<strong>{formatExact(total.total)}%</strong>
      </p>
      <div role="status" class="sc-issues">
        {issues.map((issue) => (
          <p key={issue} class="ws-error">
            <span aria-hidden="true">⚠ </span>
            {issue}
          </p>
        ))}
      </div>
    </section>
  );
}

function CategoryBlock({ data, category, onChange }: Props & { category: Category }) {
  const name = CATEGORY_NAME[category.key];
  return (
    <fieldset class="sc-category">
      <legend>{name}</legend>
      <NumberField
        label={FIELD.categoryWeight}
        srPrefix={name}
        size={6}
        value={category.weight}
        parse={WEIGHT_INPUT}
        class="sc-category-weight"
        onInput={(weight) => onChange(setCategoryWeight(data, category.key, weight))}
      />
      {category.indicators.length === 0 ? (
        <>
          <p class="ws-hint ws-pending">{FORM.noIndicators}</p>
          <PaperRows columns={[FIELD.name, FIELD.weight, FIELD.target, FIELD.rule]} rows={2} />
        </>
      ) : (
        <ol class="sc-indicators">
          {category.indicators.map((indicator, n) => {
            const prefix = FORM.indicatorRow(name, n + 1);
            const set = (patch: Parameters<typeof updateIndicator>[2]) =>
              onChange(updateIndicator(data, indicator.id, patch));
            const manual = indicator.rule === 'manual';
            return (
              <li key={indicator.id} class="sc-indicator">
                <TextField
                  label={FIELD.name}
                  srPrefix={prefix}
                  value={indicator.name}
                  class="sc-name"
                  onInput={(value) => set({ name: value })}
                />
                <NumberField
                  label={FIELD.weight}
                  srPrefix={prefix}
                  size={5}
                  value={indicator.weight}
                  parse={WEIGHT_INPUT}
                  onInput={(weight) => set({ weight })}
                />
                <Choice
                  label={FIELD.rule}
                  srPrefix={prefix}
                  value={indicator.rule}
                  options={RULES}
                  names={RULE_NAME}
                  onChange={(rule) =>
                    set(
                      rule !== 'manual' && !indicator.cap.trim() ? { rule, cap: '120' } : { rule },
                    )
                  }
                />
                {!manual && (
                  <>
                    <NumberField
                      label={FIELD.target}
                      srPrefix={prefix}
                      size={8}
                      value={indicator.target}
                      parse={VALUE_INPUT}
                      onInput={(target) => set({ target })}
                    />
                    <Choice
                      label={FIELD.direction}
                      srPrefix={prefix}
                      value={indicator.direction}
                      options={DIRECTIONS}
                      names={DIRECTION_NAME}
                      onChange={(direction) => set({ direction })}
                    />
                    <NumberField
                      label={FIELD.cap}
                      srPrefix={prefix}
                      size={5}
                      value={indicator.cap}
                      parse={CAP_INPUT}
                      onInput={(cap) => set({ cap })}
                    />
                  </>
                )}
                {indicator.rule === 'threshold' && (
                  <NumberField
                    label={FIELD.threshold}
                    srPrefix={prefix}
                    size={5}
                    value={indicator.threshold}
                    parse={THRESHOLD_INPUT}
                    onInput={(threshold) => set({ threshold })}
                  />
                )}
                <div class="sc-remove">
                  <button
                    type="button"
                    aria-label={FORM.removeIndicator(name, n + 1)}
                    onClick={(e) => {
                      const list = e.currentTarget.closest('fieldset');
                      onChange(removeIndicator(data, indicator.id));
                      list?.querySelector<HTMLButtonElement>('.sc-add')?.focus();
                    }}
                  >
                    {FORM.remove}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {category.indicators.length > 0 && (
        <p class="sc-subtotal">
          {FORM.indicatorWeightTotal(name)}：
          <strong>{formatExact(indicatorWeightTotal(category).total)}%</strong>
        </p>
      )}
      {/* 打印空白表: rows to write more indicators in. */}
      <div class="sc-blank-only">
        <PaperRows columns={[FIELD.name, FIELD.weight, FIELD.target, FIELD.rule]} rows={2} />
      </div>
      <button
        type="button"
        class="sc-add"
        onClick={() => onChange(addIndicator(data, category.key))}
      >
        {FORM.addIndicator(name)}
      </button>
    </fieldset>
  );
}

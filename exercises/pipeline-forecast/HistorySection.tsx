/** 实际结果与预测准确率: one row per past period (期间, 预测, 实际) with its accuracy. */
import { useId } from 'preact/hooks';
import { rowHas, type RowsLeft } from '../core/example-values';
import { TextField } from '../core/ui/fields';
import { NumberField } from '../core/ui/NumberField';
import { PaperRows } from '../core/ui/PaperRows';
import { ScrollBox } from '../core/ui/ScrollBox';
import { MONEY_INPUT } from './money-input';
import {
  addHistory,
  removeHistory,
  updateHistory,
  type PeriodResult,
  type PipelineData,
} from './model';
import { RESULTS as T } from './results-strings';
import { FORM, HINT } from './strings';

interface Props {
  data: PipelineData;
  readOnly: boolean;
  onChange(data: PipelineData): void;
  /** Each row's fields still the example's (by position), once that code has loaded. */
  left?: RowsLeft | null;
  /** This period's weighted forecast, formatted. */
  weighted: string;
  accuracyOf(row: PeriodResult): string;
}

export function HistorySection({ data, readOnly, onChange, left, weighted, accuracyOf }: Props) {
  const id = useId();
  return (
    <fieldset class="pf-section" disabled={readOnly} aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{FORM.historyHeading}</h4>
      <p class="ws-hint">{HINT.accuracy}</p>
      {data.history.length === 0 ? (
        <>
          <p class="ws-hint ws-pending">{FORM.noHistory}</p>
          <PaperRows
            columns={[
              FORM.historyPeriod,
              FORM.historyForecast,
              FORM.historyActual,
              FORM.historyAccuracy,
            ]}
          />
        </>
      ) : (
        <ScrollBox labelledBy={`${id}-cap`}>
          <table>
            <caption id={`${id}-cap`}>{T.historyCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{FORM.historyPeriod}</th>
                <th scope="col">{FORM.historyForecast}</th>
                <th scope="col">{FORM.historyActual}</th>
                <th scope="col" class="ws-num">
                  {FORM.historyAccuracy}
                </th>
                <th scope="col">
                  <span class="ws-sr-only">{FORM.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.history.map((row, i) => {
                const prefix = FORM.historyN(i + 1);
                const marks = left?.get(String(i));
                return (
                  <tr key={i}>
                    <td>
                      <TextField
                        label={FORM.historyPeriod}
                        labelHidden
                        srPrefix={prefix}
                        value={row.period}
                        example={rowHas(marks, 'period')}
                        onInput={(period) => onChange(updateHistory(data, i, { period }))}
                      />
                    </td>
                    <td>
                      <NumberField
                        label={FORM.historyForecast}
                        labelHidden
                        srPrefix={prefix}
                        size={8}
                        value={row.forecast}
                        example={rowHas(marks, 'forecast')}
                        parse={MONEY_INPUT}
                        onInput={(forecast) => onChange(updateHistory(data, i, { forecast }))}
                      />
                    </td>
                    <td>
                      <NumberField
                        label={FORM.historyActual}
                        labelHidden
                        srPrefix={prefix}
                        size={8}
                        value={row.actual}
                        example={rowHas(marks, 'actual')}
                        parse={MONEY_INPUT}
                        onInput={(actual) => onChange(updateHistory(data, i, { actual }))}
                      />
                    </td>
                    <td class="ws-num">{accuracyOf(row)}</td>
                    <td>
                      <button
                        type="button"
                        aria-label={`${FORM.removeHistory}（${row.period || prefix}）`}
                        onClick={() => onChange(removeHistory(data, i))}
                      >
                        {FORM.removeHistory}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <div class="ws-buttons">
        <button
          type="button"
          onClick={() =>
            onChange(
              addHistory(data, {
                period: data.periodName,
                forecast: weighted === '0' ? '' : weighted,
                actual: '',
              }),
            )
          }
        >
          {T.recordPeriod}
        </button>
      </div>
    </fieldset>
  );
}

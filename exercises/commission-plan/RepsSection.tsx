/**
 * 销售代表: one row per rep (销售代表, 目标, 实际销售额, 毛利, 回款, 绩效系数) in a table that
 * scrolls inside its own box on a phone, and 导入表格, whose view (core/ui/ImportRows.tsx)
 * loads only when opened.
 */
import { Component } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import { rowHas, type RowLeft, type RowsLeft } from '../core/example-values';
import { ROWS_MAX } from '../core/limits';
import { TextField } from '../core/ui/fields';
import { NumberField } from '../core/ui/NumberField';
import { LoadFailed, useLazy } from '../core/ui/lazy';
import { PaperRows } from '../core/ui/PaperRows';
import { RowPager, useRowPage } from '../core/ui/RowPages';
import { ScrollBox } from '../core/ui/ScrollBox';
import {
  addRep,
  FACTOR_INPUT,
  filledReps,
  importReps,
  MONEY_INPUT,
  removeRep,
  repImportFields,
  updateRep,
  type CommissionData,
  type Rep,
} from './model';
import { FORM, HINT, LABELS } from './strings';

interface Props {
  data: CommissionData;
  readOnly: boolean;
  /** Each rep's fields still the example's (example-values.ts), once its code has loaded. */
  left?: RowsLeft | null;
  onChange(data: CommissionData): void;
}

const COLUMNS = [
  LABELS.rep,
  LABELS.target,
  LABELS.sales,
  LABELS.margin,
  LABELS.collected,
  LABELS.performance,
];

type MoneyKey = 'target' | 'sales' | 'margin' | 'collected';
const MONEY_KEYS: readonly MoneyKey[] = ['target', 'sales', 'margin', 'collected'];

export function RepsSection({ data, readOnly, left, onChange }: Props) {
  const id = useId();
  const [importing, setImporting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const view = useLazy(() => import('../core/ui/ImportRows'), importing);
  // Rows get callbacks that never change and read the latest data, so that a keystroke
  // redraws only the row it changed (a list of 500 reps stays responsive on a phone: `npm run bench`).
  const latest = useRef({ data, onChange });
  latest.current = { data, onChange };
  const actions = useRef<RowActions>({
    patch: (id, patch) => latest.current.onChange(updateRep(latest.current.data, id, patch)),
    remove: (id) => {
      latest.current.onChange(removeRep(latest.current.data, id));
      addButton.current?.focus();
    },
  }).current;

  const pager = useRowPage(data.reps.length);

  function close() {
    setImporting(false);
    importButton.current?.focus();
  }

  return (
    <section class="cp-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{FORM.repsHeading}</h3>
      <p class="ws-hint">{HINT.reps}</p>
      {data.reps.length === 0 ? (
        <>
          <p class="ws-hint ws-pending">{FORM.noReps}</p>
          <PaperRows columns={COLUMNS} rows={8} />
        </>
      ) : (
        <>
          <RowPager pager={pager} list={FORM.repsHeading} />
          <ScrollBox labelledBy={`${id}-cap`}>
            <table class="cp-reps">
              <caption id={`${id}-cap`}>{FORM.repsCaption(data.reps.length)}</caption>
              <thead>
                <tr>
                  {COLUMNS.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                  <th scope="col" class="cp-actions">
                    <span class="ws-sr-only">{FORM.actions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.reps.slice(pager.start, pager.end).map((rep, i) => (
                  <RepRow
                    key={rep.id}
                    rep={rep}
                    index={pager.start + i}
                    readOnly={readOnly}
                    left={left?.get(rep.id) ?? ''}
                    actions={actions}
                  />
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
      {/* On paper, a list with nothing written yet gets rows to write the reps in. */}
      {data.reps.length > 0 && filledReps(data).length === 0 && (
        <PaperRows columns={COLUMNS} rows={8} />
      )}
      <div class="ws-buttons">
        <button
          type="button"
          ref={addButton}
          disabled={readOnly || data.reps.length >= ROWS_MAX}
          onClick={() => {
            onChange(addRep(data));
            pager.showRow(data.reps.length);
          }}
        >
          {FORM.addRep}
        </button>
        <button
          type="button"
          ref={importButton}
          disabled={readOnly}
          aria-expanded={importing}
          onClick={() => {
            setMessage(null);
            setImporting(!importing);
          }}
        >
          {FORM.importReps}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {message && <p class="ws-hint">{message}</p>}
      </div>
      {importing &&
        !readOnly &&
        (view === 'failed' ? (
          <LoadFailed />
        ) : (
          view && (
            <view.default
              fields={repImportFields()}
              existing={filledReps(data).length}
              limit={ROWS_MAX}
              onImport={(rows, mode, refused) => {
                onChange(importReps(data, rows, mode));
                setMessage(FORM.imported(rows.length, refused));
                close();
              }}
              onCancel={close}
            />
          )
        ))}
    </section>
  );
}

interface RowActions {
  patch(id: string, patch: Partial<Rep>): void;
  remove(id: string): void;
}

interface RowProps {
  rep: Rep;
  index: number;
  readOnly: boolean;
  /** Its fields still the example's: a string, equal while they do not change. */
  left: RowLeft;
  actions: RowActions;
}

/** A rep's row, drawn again only when its rep, place, readOnly or its example marks change. */
class RepRow extends Component<RowProps> {
  shouldComponentUpdate(next: RowProps) {
    const p = this.props;
    return (
      next.rep !== p.rep ||
      next.index !== p.index ||
      next.readOnly !== p.readOnly ||
      next.left !== p.left
    );
  }
  render() {
    return <RepCells {...this.props} />;
  }
}

function RepCells({ rep, index, readOnly, left, actions }: RowProps) {
  const prefix = FORM.repN(index + 1);
  const set = (patch: Partial<Rep>) => actions.patch(rep.id, patch);
  return (
    <tr>
      <td>
        <TextField
          label={LABELS.rep}
          labelHidden
          srPrefix={prefix}
          value={rep.name}
          example={rowHas(left, 'name')}
          disabled={readOnly}
          onInput={(name) => set({ name })}
        />
      </td>
      {MONEY_KEYS.map((key) => (
        <td key={key}>
          <NumberField
            label={LABELS[key]}
            labelHidden
            srPrefix={prefix}
            size={9}
            value={rep[key]}
            example={rowHas(left, key)}
            parse={MONEY_INPUT}
            disabled={readOnly}
            onInput={(value) => set({ [key]: value })}
          />
        </td>
      ))}
      <td>
        <NumberField
          label={LABELS.performance}
          labelHidden
          srPrefix={prefix}
          size={4}
          value={rep.performance}
          example={rowHas(left, 'performance')}
          parse={FACTOR_INPUT}
          disabled={readOnly}
          onInput={(performance) => set({ performance })}
        />
      </td>
      <td class="cp-actions">
        <button
          type="button"
          disabled={readOnly}
          aria-label={`${FORM.removeRep}${prefix}${rep.name ? `（${rep.name}）` : ''}`}
          onClick={() => actions.remove(rep.id)}
        >
          {FORM.removeRep}
        </button>
      </td>
    </tr>
  );
}

/**
 * 客户与评分: one row per customer (客户名称, 年销售额, the four scores) with its 评分 and 等级,
 * in a table that scrolls inside its own box on a phone, and 导入表格, whose view
 * (core/ui/ImportRows.tsx) loads only when opened.
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
import { formatScore, gradeOf, REVENUE_INPUT, weightedScore } from './scoring';
import {
  addCustomer,
  removeCustomer,
  updateCustomer,
  type Customer,
  type GradingData,
} from './model';
import { DIMENSIONS } from './shape';
import { DIMENSION_LABELS, FORM, gradeLabel, HINT, LABELS } from './strings';

interface Props {
  data: GradingData;
  readOnly: boolean;
  /** Each customer's fields still the example's (example-values.ts), once its code has loaded. */
  left?: RowsLeft | null;
  onChange(data: GradingData): void;
}

const COLUMNS = [
  LABELS.name,
  LABELS.revenue,
  ...DIMENSIONS.map((d) => DIMENSION_LABELS[d]),
  LABELS.score,
  LABELS.grade,
];
const SCORES = ['1', '2', '3', '4', '5'];

export function CustomersSection({ data, readOnly, left, onChange }: Props) {
  const id = useId();
  const [importing, setImporting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // The import view and the rules that read the rows load only when 导入表格 is opened.
  const view = useLazy(
    () =>
      Promise.all([import('../core/ui/ImportRows'), import('./import-customers')]).then(
        ([ui, rules]) => ({ ...rules, default: ui.default }),
      ),
    importing,
  );
  // Rows get callbacks that never change and read the latest data, so that a keystroke
  // redraws only the row it changed (a list of 500 customers stays responsive on a phone: `npm run bench`).
  const latest = useRef({ data, onChange });
  latest.current = { data, onChange };
  const actions = useRef<RowActions>({
    patch: (id, patch) => latest.current.onChange(updateCustomer(latest.current.data, id, patch)),
    remove: (id) => {
      latest.current.onChange(removeCustomer(latest.current.data, id));
      addButton.current?.focus();
    },
  }).current;

  const pager = useRowPage(data.customers.length);

  function close() {
    setImporting(false);
    importButton.current?.focus();
  }

  return (
    <section class="cg-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{FORM.customersHeading}</h3>
      <p class="ws-hint">{HINT.scoring}</p>
      <p class="ws-hint">{HINT.revenue}</p>
      {data.customers.length === 0 ? (
        <>
          <p class="ws-hint ws-pending">{FORM.noCustomers}</p>
          <PaperRows columns={COLUMNS} rows={8} />
        </>
      ) : (
        <>
          <RowPager pager={pager} list={FORM.customersHeading} />
          <ScrollBox labelledBy={`${id}-cap`}>
            <table class="cg-customers">
              <caption id={`${id}-cap`}>{FORM.customersCaption(data.customers.length)}</caption>
              <thead>
                <tr>
                  {COLUMNS.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                  <th scope="col" class="cg-actions">
                    <span class="ws-sr-only">{FORM.actions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.customers.slice(pager.start, pager.end).map((customer, i) => (
                  <CustomerRow
                    key={customer.id}
                    customer={customer}
                    index={pager.start + i}
                    readOnly={readOnly}
                    left={left?.get(customer.id) ?? ''}
                    actions={actions}
                  />
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
      {/* On paper, a list with nothing written yet gets rows to write the customers in. */}
      {data.customers.length > 0 && data.customers.every((c) => !c.name && !c.revenue) && (
        <PaperRows columns={COLUMNS} rows={10} />
      )}
      <div class="ws-buttons">
        <button
          type="button"
          ref={addButton}
          disabled={readOnly || data.customers.length >= ROWS_MAX}
          onClick={() => {
            onChange(addCustomer(data));
            pager.showRow(data.customers.length);
          }}
        >
          {FORM.addCustomer}
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
          {FORM.importCustomers}
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
              fields={view.customerImportFields()}
              existing={data.customers.filter((c) => c.name || c.revenue).length}
              limit={ROWS_MAX}
              onImport={(rows, mode, refused) => {
                onChange(view.importCustomers(data, rows, mode));
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
  patch(id: string, patch: Partial<Customer>): void;
  remove(id: string): void;
}

interface RowProps {
  customer: Customer;
  index: number;
  readOnly: boolean;
  /** Its fields still the example's: a string, equal while they do not change. */
  left: RowLeft;
  actions: RowActions;
}

/**
 * A customer's row, drawn again only when its customer, place, readOnly or its example marks
 * change.
 */
class CustomerRow extends Component<RowProps> {
  shouldComponentUpdate(next: RowProps) {
    const p = this.props;
    return (
      next.customer !== p.customer ||
      next.index !== p.index ||
      next.readOnly !== p.readOnly ||
      next.left !== p.left
    );
  }
  render() {
    return <CustomerCells {...this.props} />;
  }
}

function CustomerCells({ customer, index, readOnly, left, actions }: RowProps) {
  const id = useId();
  const prefix = FORM.customerN(index + 1);
  const set = (patch: Partial<Customer>) => actions.patch(customer.id, patch);
  const score = weightedScore(customer);
  const grade = gradeOf(customer);
  return (
    <tr>
      <td>
        <TextField
          label={LABELS.name}
          labelHidden
          srPrefix={prefix}
          value={customer.name}
          example={rowHas(left, 'name')}
          disabled={readOnly}
          onInput={(name) => set({ name })}
        />
      </td>
      <td>
        <NumberField
          label={LABELS.revenue}
          labelHidden
          srPrefix={prefix}
          size={8}
          value={customer.revenue}
          example={rowHas(left, 'revenue')}
          parse={REVENUE_INPUT}
          disabled={readOnly}
          onInput={(revenue) => set({ revenue })}
        />
      </td>
      {DIMENSIONS.map((d) => (
        <td key={d}>
          <label class="ws-sr-only" for={`${id}-${d}`}>
            {prefix} {DIMENSION_LABELS[d]}
          </label>
          <select
            id={`${id}-${d}`}
            value={customer[d]}
            disabled={readOnly}
            onChange={(e) => set({ [d]: e.currentTarget.value })}
          >
            <option value="">{FORM.noScore}</option>
            {SCORES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          {/* On paper the score, or a box to write it in, not the word 未评. */}
          <div class="ws-print-value" aria-hidden="true">
            {customer[d]}
          </div>
        </td>
      ))}
      <td class="ws-num">{score === null ? '' : formatScore(score)}</td>
      <td class="cg-grade">{grade ? gradeLabel(grade) : ''}</td>
      <td class="cg-actions">
        <button
          type="button"
          disabled={readOnly}
          aria-label={`${FORM.removeCustomer}${prefix}${customer.name ? `（${customer.name}）` : ''}`}
          onClick={() => actions.remove(customer.id)}
        >
          {FORM.removeCustomer}
        </button>
      </td>
    </tr>
  );
}

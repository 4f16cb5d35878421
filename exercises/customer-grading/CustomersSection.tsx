/**
 * 客户与评分: one row per customer (客户名称, 年销售额, the four scores) with its 评分 and 等级,
 * typed or brought in with 导入表格, in the list editor every list worksheet shares
 * (core/ui/RowsEditor.tsx); the rules that read imported rows load with the import.
 */
import { Component } from 'preact';
import { useId, useRef } from 'preact/hooks';
import { rowHas, type RowLeft, type RowsLeft } from '../core/example-values';
import { TextField } from '../core/ui/fields';
import { NumberField } from '../core/ui/NumberField';
import { useRowActions } from '../core/ui/RowPages';
import { RowsEditor } from '../core/ui/RowsEditor';
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
  const addButton = useRef<HTMLButtonElement>(null);
  const actions = useRowActions<GradingData, RowActions>(data, onChange, (edit) => ({
    patch: (id, patch) => edit((d) => updateCustomer(d, id, patch)),
    remove: (id) => {
      edit((d) => removeCustomer(d, id));
      addButton.current?.focus();
    },
  }));

  return (
    <section class="cg-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{FORM.customersHeading}</h3>
      <p class="ws-hint">{HINT.scoring}</p>
      <p class="ws-hint">{HINT.revenue}</p>
      <RowsEditor
        rows={data.customers}
        filled={data.customers.filter((c) => c.name || c.revenue).length}
        readOnly={readOnly}
        columns={COLUMNS}
        text={{
          list: FORM.customersHeading,
          caption: FORM.customersCaption(data.customers.length),
          none: FORM.noCustomers,
          actions: FORM.actions,
          add: FORM.addCustomer,
          import: FORM.importCustomers,
          imported: FORM.imported,
        }}
        tableClass="cg-customers"
        actionsClass="cg-actions"
        blankRows={10}
        addButton={addButton}
        onAdd={() => onChange(addCustomer(data))}
        rules={() => import('./import-customers')}
        importFields={(rules) => rules.customerImportFields()}
        onImport={(rules, rows, mode) => onChange(rules.importCustomers(data, rows, mode))}
        row={(customer, index) => (
          <CustomerRow
            key={customer.id}
            customer={customer}
            index={index}
            readOnly={readOnly}
            left={left?.get(customer.id) ?? ''}
            actions={actions}
          />
        )}
      />
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

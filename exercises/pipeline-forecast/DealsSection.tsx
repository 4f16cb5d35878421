/**
 * 商机: one row per deal (客户名称, 金额, 阶段, 预计成交日期, 负责人, 预测类别), typed or brought
 * in with 导入表格, in the list editor every list worksheet shares (core/ui/RowsEditor.tsx).
 */
import { Component } from 'preact';
import { useId, useRef } from 'preact/hooks';
import { rowHas, type RowLeft, type RowsLeft } from '../core/example-values';
import { TextField } from '../core/ui/fields';
import { NumberField } from '../core/ui/NumberField';
import { useRowActions } from '../core/ui/RowPages';
import { RowsEditor } from '../core/ui/RowsEditor';
import { MONEY_INPUT } from './money-input';
import {
  addDeal,
  dealImportFields,
  importDeals,
  removeDeal,
  updateDeal,
  type Deal,
  type PipelineData,
  type Stage,
} from './model';
import { CATEGORIES, type ForecastCategory } from './shape';
import { CATEGORY_LABELS, FORM, HINT, LABELS } from './strings';

interface Props {
  data: PipelineData;
  readOnly: boolean;
  /** Each deal's fields still the example's (example-values.ts), once its code has loaded. */
  left?: RowsLeft | null;
  onChange(data: PipelineData): void;
}

const COLUMNS = [
  LABELS.customer,
  LABELS.amount,
  LABELS.stage,
  LABELS.closeDate,
  LABELS.owner,
  LABELS.category,
];

export function DealsSection({ data, readOnly, left, onChange }: Props) {
  const id = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const actions = useRowActions<PipelineData, RowActions>(data, onChange, (edit) => ({
    patch: (id, patch) => edit((d) => updateDeal(d, id, patch)),
    remove: (id) => {
      edit((d) => removeDeal(d, id));
      addButton.current?.focus();
    },
  }));

  return (
    <section class="pf-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{FORM.dealsHeading}</h3>
      <p class="ws-hint">{HINT.amount}</p>
      <RowsEditor
        rows={data.deals}
        filled={data.deals.filter((d) => d.customer || d.amount).length}
        readOnly={readOnly}
        columns={COLUMNS}
        text={{
          list: FORM.dealsHeading,
          caption: FORM.dealsCaption(data.deals.length),
          none: FORM.noDeals,
          actions: FORM.actions,
          add: FORM.addDeal,
          import: FORM.importDeals,
          imported: FORM.imported,
        }}
        tableClass="pf-deals"
        actionsClass="pf-actions"
        blankRows={10}
        addButton={addButton}
        onAdd={() => onChange(addDeal(data))}
        rules={async () => null}
        importFields={() => dealImportFields(data.stages)}
        onImport={(_, rows, mode) => onChange(importDeals(data, rows, mode))}
        row={(deal, index) => (
          <DealRow
            key={deal.id}
            stages={data.stages}
            deal={deal}
            index={index}
            readOnly={readOnly}
            left={left?.get(deal.id) ?? ''}
            actions={actions}
          />
        )}
      />
    </section>
  );
}

interface RowActions {
  patch(id: string, patch: Partial<Deal>): void;
  remove(id: string): void;
}

interface RowProps {
  stages: readonly Stage[];
  deal: Deal;
  index: number;
  readOnly: boolean;
  /** Its fields still the example's: a string, equal while they do not change. */
  left: RowLeft;
  actions: RowActions;
}

/**
 * A deal's row, drawn again only when its deal, place, the stages, readOnly or its example marks
 * change.
 */
class DealRow extends Component<RowProps> {
  shouldComponentUpdate(next: RowProps) {
    const p = this.props;
    return (
      next.deal !== p.deal ||
      next.index !== p.index ||
      next.stages !== p.stages ||
      next.readOnly !== p.readOnly ||
      next.left !== p.left
    );
  }
  render() {
    return <DealCells {...this.props} />;
  }
}

function DealCells({ stages, deal, index, readOnly, left, actions }: RowProps) {
  const id = useId();
  const prefix = FORM.dealN(index + 1);
  const set = (patch: Partial<Deal>) => actions.patch(deal.id, patch);
  return (
    <tr>
      <td>
        <TextField
          label={LABELS.customer}
          labelHidden
          srPrefix={prefix}
          value={deal.customer}
          example={rowHas(left, 'customer')}
          disabled={readOnly}
          onInput={(customer) => set({ customer })}
        />
      </td>
      <td>
        <NumberField
          label={LABELS.amount}
          labelHidden
          srPrefix={prefix}
          size={8}
          value={deal.amount}
          example={rowHas(left, 'amount')}
          parse={MONEY_INPUT}
          disabled={readOnly}
          onInput={(amount) => set({ amount })}
        />
      </td>
      <td>
        <label class="ws-sr-only" for={`${id}-stage`}>
          {prefix} {LABELS.stage}
        </label>
        <select
          id={`${id}-stage`}
          value={deal.stage}
          disabled={readOnly}
          onChange={(e) => set({ stage: e.currentTarget.value })}
        >
          {stages.map((s, i) => (
            <option key={s.id} value={s.id}>
              {s.name || FORM.stageN(i + 1)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <TextField
          type="date"
          label={LABELS.closeDate}
          labelHidden
          srPrefix={prefix}
          value={deal.closeDate}
          example={rowHas(left, 'closeDate')}
          disabled={readOnly}
          onInput={(closeDate) => set({ closeDate })}
        />
      </td>
      <td>
        <TextField
          label={LABELS.owner}
          labelHidden
          srPrefix={prefix}
          value={deal.owner}
          example={rowHas(left, 'owner')}
          disabled={readOnly}
          onInput={(owner) => set({ owner })}
        />
      </td>
      <td>
        <label class="ws-sr-only" for={`${id}-cat`}>
          {prefix} {LABELS.category}
        </label>
        <select
          id={`${id}-cat`}
          value={deal.category}
          disabled={readOnly}
          onChange={(e) => set({ category: e.currentTarget.value as ForecastCategory })}
        >
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </td>
      <td class="pf-actions">
        <button
          type="button"
          disabled={readOnly}
          aria-label={`${FORM.removeDeal}${prefix}${deal.customer ? `（${deal.customer}）` : ''}`}
          onClick={() => actions.remove(deal.id)}
        >
          {FORM.removeDeal}
        </button>
      </td>
    </tr>
  );
}

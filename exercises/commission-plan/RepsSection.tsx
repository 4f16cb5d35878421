/**
 * 销售代表: one row per rep (销售代表, 目标, 实际销售额, 毛利, 回款, 绩效系数), typed or brought
 * in with 导入表格, in the list editor every list worksheet shares (core/ui/RowsEditor.tsx).
 */
import { Component } from 'preact';
import { useId, useRef } from 'preact/hooks';
import { rowHas, type RowLeft, type RowsLeft } from '../core/example-values';
import { TextField } from '../core/ui/fields';
import { NumberField } from '../core/ui/NumberField';
import { useRowActions } from '../core/ui/RowPages';
import { RowsEditor } from '../core/ui/RowsEditor';
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
  const addButton = useRef<HTMLButtonElement>(null);
  const actions = useRowActions<CommissionData, RowActions>(data, onChange, (edit) => ({
    patch: (id, patch) => edit((d) => updateRep(d, id, patch)),
    remove: (id) => {
      edit((d) => removeRep(d, id));
      addButton.current?.focus();
    },
  }));

  return (
    <section class="cp-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{FORM.repsHeading}</h3>
      <p class="ws-hint">{HINT.reps}</p>
      <RowsEditor
        rows={data.reps}
        filled={filledReps(data).length}
        readOnly={readOnly}
        columns={COLUMNS}
        text={{
          list: FORM.repsHeading,
          caption: FORM.repsCaption(data.reps.length),
          none: FORM.noReps,
          actions: FORM.actions,
          add: FORM.addRep,
          import: FORM.importReps,
          imported: FORM.imported,
        }}
        tableClass="cp-reps"
        actionsClass="cp-actions"
        blankRows={8}
        addButton={addButton}
        onAdd={() => onChange(addRep(data))}
        rules={async () => null}
        importFields={() => repImportFields()}
        onImport={(_, rows, mode) => onChange(importReps(data, rows, mode))}
        row={(rep, index) => (
          <RepRow
            key={rep.id}
            rep={rep}
            index={index}
            readOnly={readOnly}
            left={left?.get(rep.id) ?? ''}
            actions={actions}
          />
        )}
      />
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

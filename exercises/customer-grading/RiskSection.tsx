/**
 * 流失风险 (a deferred part): the chapter's risk-score table, the signals met per customer as
 * checkboxes with the 风险得分 and 风险等级 beside them, and a 挽回措施 with owner and date for
 * every 黄 and 红 customer, under the chapter's response for its level.
 */
import { Component, Fragment } from 'preact';
import { useId } from 'preact/hooks';
import { rowHas, type RowLeft, type RowsLeft } from '../core/example-values';
import { TextArea, TextField } from '../core/ui/fields';
import { NumberField } from '../core/ui/NumberField';
import { PaperRows } from '../core/ui/PaperRows';
import { RowPager, useRowActions, useRowPage } from '../core/ui/RowPages';
import { ScrollBox } from '../core/ui/ScrollBox';
import {
  assess,
  isFilled,
  formatDrop,
  measureOf,
  ORDERS_INPUT,
  SIGNAL_POINTS,
  type Assessed,
  type Measure,
} from './grading';
import { REVENUE_INPUT } from './scoring';
import { setSignal, updateCustomer, type Customer, type GradingData } from './model';
import { RISK, RISK_TEXT, SIGNAL_TEXT } from './risk-strings';
import {
  MEASURE_FIELDS,
  MEASURED_SIGNALS,
  SIGNALS,
  type MeasuredSignal,
  type Signal,
} from './shape';
import { FORM, LABELS } from './strings';

interface Props {
  data: GradingData;
  readOnly: boolean;
  /** Each customer's fields still the example's, once that code has loaded. */
  left?: RowsLeft | null;
  onChange(data: GradingData): void;
}

interface RowActions {
  patch(id: string, patch: Partial<Customer>): void;
  signal(id: string, signal: Signal, on: boolean): void;
}

export function RiskSection({ data, readOnly, left, onChange }: Props) {
  const id = useId();
  const actions = useRowActions<GradingData, RowActions>(data, onChange, (edit) => ({
    patch: (id, patch) => edit((d) => updateCustomer(d, id, patch)),
    signal: (id, signal, on) => edit((d) => setSignal(d, id, signal, on)),
  }));
  const assessed = data.customers.map(assess);
  const follow = assessed.filter(
    (a) => a.level !== 'green' || a.customer.action || a.customer.owner || a.customer.due,
  );
  const signalPage = useRowPage(assessed.length);
  const measurePage = useRowPage(assessed.length);
  const followPage = useRowPage(follow.length);
  return (
    <section class="cg-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{RISK.heading}</h3>
      <p class="ws-hint">{RISK.hint}</p>
      <ScrollBox labelledBy={`${id}-rubric`}>
        <table class="cg-rubric">
          <caption id={`${id}-rubric`}>{RISK.rubricCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{LABELS.signals}</th>
              <th scope="col">{RISK.criterion}</th>
              <th scope="col" class="ws-num">
                {RISK.pointsCol}
              </th>
            </tr>
          </thead>
          <tbody>
            {SIGNALS.map((s) => (
              <tr key={s}>
                <th scope="row">{SIGNAL_TEXT[s].name}</th>
                <td>{SIGNAL_TEXT[s].criterion}</td>
                <td class="ws-num">{SIGNAL_POINTS[s]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {data.customers.length === 0 ? (
        <p class="ws-hint ws-pending">{RISK.noCustomers}</p>
      ) : (
        <>
          <RowPager pager={signalPage} list={RISK.caption} />
          <ScrollBox labelledBy={`${id}-cap`}>
            <table class="cg-signals">
              <caption id={`${id}-cap`}>{RISK.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{LABELS.name}</th>
                  {SIGNALS.map((s) => (
                    <th key={s} scope="col" class="cg-signal">
                      {SIGNAL_TEXT[s].name}
                      <span class="cg-points">{RISK.points(SIGNAL_POINTS[s])}</span>
                    </th>
                  ))}
                  <th scope="col" class="ws-num">
                    {LABELS.riskScore}
                  </th>
                  <th scope="col">{LABELS.risk}</th>
                </tr>
              </thead>
              <tbody>
                {assessed.slice(signalPage.start, signalPage.end).map((a) => (
                  <SignalRow
                    key={a.customer.id}
                    assessed={a}
                    customer={a.customer}
                    readOnly={readOnly}
                    actions={actions}
                  />
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
      {data.customers.length > 0 && (
        <>
          <p class="ws-hint">{RISK.measuresHint}</p>
          <RowPager pager={measurePage} list={RISK.measuresCaption} />
          <ScrollBox labelledBy={`${id}-m`}>
            <table class="cg-measures">
              <caption id={`${id}-m`}>{RISK.measuresCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{LABELS.name}</th>
                  {MEASURED_SIGNALS.map((s) => (
                    <Fragment key={s}>
                      <th scope="col">{LABELS[MEASURE_FIELDS[s].recent]}</th>
                      <th scope="col">{LABELS[MEASURE_FIELDS[s].prior]}</th>
                      <th scope="col">
                        {SIGNAL_TEXT[s].name}
                        {RISK.change}
                      </th>
                    </Fragment>
                  ))}
                </tr>
              </thead>
              <tbody>
                {assessed.slice(measurePage.start, measurePage.end).map((a) => (
                  <MeasureRow
                    key={a.customer.id}
                    assessed={a}
                    customer={a.customer}
                    readOnly={readOnly}
                    left={left?.get(a.customer.id) ?? ''}
                    actions={actions}
                  />
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
      <h4>{RISK.actionsHeading}</h4>
      {follow.length === 0 ? (
        <>
          <p class="ws-hint ws-pending">{RISK.noActions}</p>
          <PaperRows
            columns={[LABELS.name, LABELS.risk, LABELS.action, LABELS.owner, LABELS.due]}
            rows={4}
          />
        </>
      ) : (
        <>
          <RowPager pager={followPage} list={RISK.actionsHeading} />
          <div class="cg-follow">
            {follow.slice(followPage.start, followPage.end).map((a) => (
              <ActionFields
                key={a.customer.id}
                assessed={a}
                readOnly={readOnly}
                left={left?.get(a.customer.id) ?? ''}
                actions={actions}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

interface RowProps {
  assessed: Assessed;
  customer: Customer;
  readOnly: boolean;
  /** Its fields still the example's (the measures only): equal while they do not change. */
  left?: RowLeft;
  actions: RowActions;
}

/** A customer's signals, drawn again only when the customer, its place or readOnly change. */
class SignalRow extends Component<RowProps> {
  shouldComponentUpdate(next: RowProps) {
    const p = this.props;
    return (
      next.customer !== p.customer ||
      next.assessed.index !== p.assessed.index ||
      next.readOnly !== p.readOnly
    );
  }
  render() {
    return <SignalCells {...this.props} />;
  }
}

function measured(customer: Customer, signal: Signal): Measure | null {
  return (MEASURED_SIGNALS as readonly Signal[]).includes(signal)
    ? measureOf(customer, signal as MeasuredSignal)
    : null;
}

function SignalCells({ assessed, customer, readOnly, actions }: RowProps) {
  const id = useId();
  const prefix = FORM.customerN(assessed.index + 1);
  return (
    <tr>
      <th scope="row">{customer.name || <span class="ws-sr-only">{prefix}</span>}</th>
      {SIGNALS.map((s) => {
        // A signal the figures decide shows their verdict and cannot be ticked by hand.
        const byFigures = measured(customer, s) !== null;
        return (
          <td key={s} class="cg-signal">
            <input
              type="checkbox"
              id={`${id}-${s}`}
              checked={assessed.signals.includes(s)}
              disabled={readOnly || byFigures}
              aria-describedby={byFigures ? `${id}-${s}-by` : undefined}
              onChange={(e) => actions.signal(customer.id, s, e.currentTarget.checked)}
            />
            <label class="ws-sr-only" for={`${id}-${s}`}>
              {prefix} {SIGNAL_TEXT[s].name}
            </label>
            {byFigures && (
              <span id={`${id}-${s}-by`} class="cg-by">
                {RISK.byFigures}
              </span>
            )}
          </td>
        );
      })}
      {/* A row with nothing in it yet has no score (on paper: room to write one). */}
      <td class="ws-num">{isFilled(customer) ? assessed.points : ''}</td>
      <td>
        {isFilled(customer) && (
          <span class={`cg-level cg-level-${assessed.level}`}>
            {RISK_TEXT[assessed.level].name}
          </span>
        )}
      </td>
    </tr>
  );
}

/**
 * A customer's figures for the measured signals, drawn again only when the customer, its place,
 * readOnly or its example marks change.
 */
class MeasureRow extends Component<RowProps> {
  shouldComponentUpdate(next: RowProps) {
    const p = this.props;
    return (
      next.customer !== p.customer ||
      next.assessed.index !== p.assessed.index ||
      next.readOnly !== p.readOnly ||
      next.left !== p.left
    );
  }
  render() {
    return <MeasureCells {...this.props} />;
  }
}

function MeasureCells({ assessed, customer, readOnly, left, actions }: RowProps) {
  const prefix = FORM.customerN(assessed.index + 1);
  return (
    <tr>
      <th scope="row">{customer.name || <span class="ws-sr-only">{prefix}</span>}</th>
      {MEASURED_SIGNALS.map((s) => {
        const fields = MEASURE_FIELDS[s];
        const parse = s === 'frequency' ? ORDERS_INPUT : REVENUE_INPUT;
        const m = measureOf(customer, s);
        const change = m && formatDrop(m.dropTenths);
        return (
          <Fragment key={s}>
            {[fields.recent, fields.prior].map((key) => (
              <td key={key}>
                <NumberField
                  label={LABELS[key]}
                  labelHidden
                  srPrefix={prefix}
                  size={6}
                  value={customer[key]}
                  example={rowHas(left, key)}
                  parse={parse}
                  disabled={readOnly}
                  onInput={(value) => actions.patch(customer.id, { [key]: value })}
                />
              </td>
            ))}
            <td class="ws-num">
              {change && (
                <>
                  {change.down ? RISK.down(change.percent) : RISK.up(change.percent)}
                  {m?.met && (
                    <strong>
                      {' '}
                      <span aria-hidden="true">⚠</span>
                      <span class="ws-sr-only">{SIGNAL_TEXT[s].name}</span>
                    </strong>
                  )}
                </>
              )}
            </td>
          </Fragment>
        );
      })}
    </tr>
  );
}

function ActionFields({
  assessed,
  readOnly,
  left,
  actions,
}: {
  assessed: Assessed;
  readOnly: boolean;
  left: RowLeft;
  actions: RowActions;
}) {
  const id = useId();
  const { customer } = assessed;
  const prefix = FORM.customerN(assessed.index + 1);
  const set = (patch: Partial<Customer>) => actions.patch(customer.id, patch);
  const level = RISK_TEXT[assessed.level];
  return (
    <section class="cg-action" aria-labelledby={`${id}-h`}>
      <h5 id={`${id}-h`}>
        {RISK.actionFor(customer.name || FORM.unnamed, level.name)}
        <span class="ws-sr-only">（{prefix}）</span>
      </h5>
      <p>
        {RISK.response}：{level.response}
      </p>
      <TextArea
        label={LABELS.action}
        srPrefix={prefix}
        rows={2}
        value={customer.action}
        example={rowHas(left, 'action')}
        disabled={readOnly}
        onInput={(action) => set({ action })}
      />
      <div class="cg-grid">
        <TextField
          label={LABELS.owner}
          srPrefix={prefix}
          value={customer.owner}
          example={rowHas(left, 'owner')}
          disabled={readOnly}
          onInput={(owner) => set({ owner })}
        />
        <TextField
          type="date"
          label={LABELS.due}
          srPrefix={prefix}
          value={customer.due}
          example={rowHas(left, 'due')}
          disabled={readOnly}
          onInput={(due) => set({ due })}
        />
      </div>
      {assessed.actionMissing && (
        <p class="ws-error">
          <span aria-hidden="true">⚠ </span>
          {RISK.missingAction}
        </p>
      )}
    </section>
  );
}

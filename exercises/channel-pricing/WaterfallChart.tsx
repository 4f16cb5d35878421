/**
 * The price waterfall as an inline SVG drawn here (no chart library): one row per item, a
 * label line and a bar; prices are bars from zero, what each party keeps is a floating bar
 * from the price above to the price below. Colours come from CSS variables and text uses
 * currentColor, so it follows dark mode and prints. The data table beside it carries the
 * same numbers for screen readers and print.
 */
import { useId } from 'preact/hooks';
import { ScrollBox } from '../core/ui/ScrollBox';
import { formatCost, formatPercent, formatYuan, ZERO, type Decimal } from './money';
import type { WaterfallItem } from './summary';
import { WATERFALL as T } from './summary-strings';

const WIDTH = 320;
const ROW = 40;

/** «−20.00» for a deduction, «+5.00» when the price rises instead, «0.00» for nothing. */
export function stepAmount(item: WaterfallItem): string {
  if (item.tone === 'cost') return formatCost(item.amount);
  if (item.kind === 'level' || item.amount.eq(0)) return formatYuan(item.amount);
  return `${item.amount.gt(0) ? '−' : '+'}${formatYuan(item.amount.abs())}`;
}

export function WaterfallChart({
  items,
  retail,
  title,
  caption = T.tableCaption,
  shareHeader = T.share,
}: {
  items: readonly WaterfallItem[];
  retail: Decimal;
  /** The chart's accessible name; the retail price waterfall's by default. */
  title?: string;
  caption?: string;
  shareHeader?: string;
}) {
  const id = useId();
  const values = items.flatMap((i) => [i.from, i.to]);
  const max = values.reduce((a, b) => (b.gt(a) ? b : a), ZERO);
  const min = values.reduce((a, b) => (b.lt(a) ? b : a), ZERO);
  const span = max.minus(min);
  // Drawing positions only: the figures themselves are printed from exact decimals.
  const x = (v: Decimal) => (span.gt(0) ? v.minus(min).div(span).times(WIDTH).toNumber() : 0);
  const height = items.length * ROW;

  return (
    <div class="cp-waterfall">
      <svg
        class="cp-chart"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title`}
      >
        <title id={`${id}-title`}>{title ?? T.chartTitle(formatYuan(retail))}</title>
        {items.map((item, i) => {
          const y = i * ROW;
          const low =
            item.kind === 'level'
              ? item.amount.lt(0)
                ? item.amount
                : ZERO
              : item.from.lt(item.to)
                ? item.from
                : item.to;
          const high =
            item.kind === 'level'
              ? item.amount.lt(0)
                ? ZERO
                : item.amount
              : item.from.lt(item.to)
                ? item.to
                : item.from;
          const rising = item.kind === 'step' && item.amount.lt(0);
          const tone = rising ? 'rise' : item.tone;
          return (
            <g key={item.key}>
              <text x="0" y={y + 13} class="cp-chart-text">
                {item.label} {stepAmount(item)}
              </text>
              <rect
                x={x(low)}
                y={y + 18}
                width={Math.max(1, x(high) - x(low))}
                height="14"
                class={`cp-bar cp-bar-${item.kind} cp-bar-${tone}`}
              />
              {i + 1 < items.length && (
                <line
                  x1={x(item.to)}
                  x2={x(item.to)}
                  y1={y + 32}
                  y2={y + ROW + 18}
                  class="cp-chart-link"
                />
              )}
            </g>
          );
        })}
      </svg>
      <ScrollBox labelledBy={`${id}-caption`}>
        <table class="cp-table">
          <caption id={`${id}-caption`}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{T.item}</th>
              <th scope="col" class="ws-num">
                {T.amount}
              </th>
              <th scope="col" class="ws-num">
                {shareHeader}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.key} class={item.kind === 'level' ? 'cp-level' : undefined}>
                <th scope="row">{item.label}</th>
                <td class="ws-num">{stepAmount(item)}</td>
                <td class="ws-num">{item.share ? formatPercent(item.share) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}

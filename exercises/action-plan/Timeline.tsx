/**
 * The 90-day timeline as an inline SVG drawn here (no chart library): the three phases as
 * bands, one row per action with a bar up to its 完成日期, each 复盘日期 as a diamond and a
 * dashed line, today as a solid line. Status shows by fill pattern (solid, hatched, outline,
 * dashed outline), not by colour alone; text uses currentColor, so it reads in dark mode and
 * in black-and-white print. The table below carries the same facts for screen readers and
 * paper. A deferred part (PlanForm): it loads with its code.
 */
import { useId } from 'preact/hooks';
import type { ActionPlanData } from './model';
import { PHASE_COUNT, PHASE_DAYS, PLAN_DAYS, STATUSES, type ActionStatus } from './shape';
import { PHASES, STATUS_LABEL } from './strings';
import { buildTimeline, type Timeline as Data } from './timeline';
import { TimelineTable } from './TimelineTable';
import { TIMELINE as T } from './timeline-strings';

const WIDTH = 360;
const HEAD = 40;
const ROW = 30;
const FOOT = 20;
const LABEL_CHARS = 26;

/** x of the start of day `day` (day 91 is the end of the plan). */
const x = (day: number) => ((day - 1) / PLAN_DAYS) * WIDTH;

function short(text: string): string {
  const chars = [...(text.trim() || T.untitled)];
  return chars.length > LABEL_CHARS
    ? `${chars.slice(0, LABEL_CHARS - 1).join('')}…`
    : chars.join('');
}

function Bar(props: { status: ActionStatus; x: number; y: number; width: number; hatch: string }) {
  const { status, hatch, ...box } = props;
  return (
    <rect
      {...box}
      height="10"
      class={`ap-bar ap-bar-${status}`}
      // A style, not the fill attribute: the stylesheet's fill would win over an attribute.
      style={status === 'doing' ? { fill: `url(#${hatch})` } : undefined}
    />
  );
}

function Chart({ tl, id }: { tl: Data; id: string }) {
  const height = HEAD + tl.actions.length * ROW + FOOT;
  const hatch = `${id}-hatch`;
  const reviews = tl.reviews.filter((r) => r.day !== null && r.day >= 1 && r.day <= PLAN_DAYS);
  return (
    <svg
      class="ap-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title`}
    >
      <title id={`${id}-title`}>{T.chartTitle(tl.actions.length, reviews.length)}</title>
      <defs>
        <pattern
          id={hatch}
          width="4"
          height="4"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="4" height="4" class="ap-hatch-bg" />
          <line x1="0" y1="0" x2="0" y2="4" class="ap-hatch-line" />
        </pattern>
      </defs>
      {Array.from({ length: PHASE_COUNT }, (_, p) => (
        <g key={p}>
          <rect
            x={x(p * PHASE_DAYS + 1)}
            y="0"
            width={x(PHASE_DAYS + 1)}
            height={height - FOOT}
            class={p % 2 ? 'ap-band ap-band-odd' : 'ap-band'}
          />
          <text x={x(p * PHASE_DAYS + 1) + 4} y="16" class="ap-chart-text">
            {PHASES[p].days}
          </text>
        </g>
      ))}
      {reviews.map((r) => {
        const cx = x(r.day!) + x(2) / 2;
        return (
          <g key={`r${r.phase}`} class="ap-review">
            <line x1={cx} x2={cx} y1={HEAD - 4} y2={height - FOOT} class="ap-review-line" />
            <path d={`M${cx} ${HEAD - 14} l5 5 l-5 5 l-5 -5 z`} class="ap-review-mark" />
          </g>
        );
      })}
      {tl.actions.map((a, i) => {
        const y = HEAD + i * ROW;
        return (
          <g key={`${a.phase}-${a.n}`}>
            <text x="2" y={y + 12} class="ap-chart-text">
              {`${a.phase + 1}.${a.n} ${short(a.text)}`}
            </text>
            {a.bar && (
              <Bar
                status={a.status}
                x={x(a.bar.from)}
                y={y + 16}
                width={Math.max(2, x(a.bar.to + 1) - x(a.bar.from))}
                hatch={hatch}
              />
            )}
          </g>
        );
      })}
      {tl.today !== null && (
        <g class="ap-today">
          <line
            x1={x(tl.today) + x(2) / 2}
            x2={x(tl.today) + x(2) / 2}
            y1="22"
            y2={height - FOOT + 4}
            class="ap-today-line"
          />
          <text
            x={x(tl.today) + x(2) / 2}
            y={height - 4}
            class="ap-chart-text"
            text-anchor={tl.today > PLAN_DAYS / 2 ? 'end' : 'start'}
          >
            {`${T.today} ${T.dayN(tl.today)}`}
          </text>
        </g>
      )}
    </svg>
  );
}

function Legend({ id }: { id: string }) {
  return (
    <ul class="ap-legend" aria-label={T.legend}>
      {STATUSES.map((s) => (
        <li key={s}>
          <svg viewBox="0 0 24 12" width="24" height="12" aria-hidden="true">
            <Bar status={s} x={1} y={1} width={22} hatch={`${id}-hatch`} />
          </svg>
          {STATUS_LABEL[s]}
        </li>
      ))}
      <li>
        <svg viewBox="0 0 24 12" width="24" height="12" aria-hidden="true">
          <path d="M12 1 l5 5 l-5 5 l-5 -5 z" class="ap-review-mark" />
        </svg>
        {T.reviewMark}
      </li>
    </ul>
  );
}

export function Timeline({ data, today }: { data: ActionPlanData; today: string }) {
  const id = useId();
  const tl = buildTimeline(data, today);
  return (
    // With nothing to place (no start date) the section stays off paper.
    <section class={tl.placed ? 'ap-section' : 'ap-section ws-pending'} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{T.heading}</h3>
      {tl.placed ? (
        <>
          <div class="ap-chart-box">
            <Chart tl={tl} id={id} />
            <Legend id={id} />
          </div>
          <TimelineTable tl={tl} id={id} start={data.start} />
        </>
      ) : (
        <p class="ws-hint ws-pending">{T.pending}</p>
      )}
    </section>
  );
}

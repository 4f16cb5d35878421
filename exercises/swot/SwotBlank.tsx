/**
 * The blank paper template: the 2×2 matrix and the TOWS cross matrix with writing lines.
 * Static (no state, no storage), so a print route can render it without hydrating.
 */
import { GROUP_QUADRANTS, QUADRANTS, STRATEGY_GROUPS } from './model';
import { BLANK } from './export-strings';
import { QUADRANT_NAME, QUADRANT_SIDE, TOWS } from './strings';

function Lines({ count }: { count: number }) {
  return (
    <div class="swot-lines" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} class="swot-writing-line" />
      ))}
    </div>
  );
}

export function SwotBlank({ lines = 8 }: { lines?: number }) {
  return (
    <div class="swot-blank">
      <h3>{BLANK.heading}</h3>
      <p class="swot-blank-fields">
        <span class="swot-blank-field">
          {BLANK.subject}：<span class="swot-writing-line" />
        </span>
        <span class="swot-blank-field">
          {BLANK.date}：<span class="swot-writing-line" />
        </span>
      </p>
      <div class="swot-matrix swot-matrix-blank">
        {QUADRANTS.map((q) => (
          <section key={q} class={`swot-quadrant swot-q-${q}`} aria-label={QUADRANT_NAME[q]}>
            <h4 class="swot-quadrant-heading">
              <span class="swot-letter" aria-hidden="true">
                {q}
              </span>
              <span>{QUADRANT_NAME[q]}</span>
              <span class="swot-side">{QUADRANT_SIDE[q]}</span>
            </h4>
            <Lines count={lines} />
          </section>
        ))}
      </div>
      <h3>{BLANK.tows}</h3>
      <div class="swot-tows-grid swot-tows-blank">
        {STRATEGY_GROUPS.map((g) => (
          <section key={g} class={`swot-tows-cell swot-g-${g}`} aria-label={TOWS.group[g].name}>
            <h4>
              {TOWS.group[g].name}：{TOWS.group[g].idea}
              <span class="swot-side">
                （{QUADRANT_NAME[GROUP_QUADRANTS[g][0]]} + {QUADRANT_NAME[GROUP_QUADRANTS[g][1]]}）
              </span>
            </h4>
            <Lines count={Math.max(3, Math.round(lines / 2))} />
          </section>
        ))}
      </div>
    </div>
  );
}

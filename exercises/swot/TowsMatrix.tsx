/**
 * The TOWS strategies as a cross matrix: columns 优势 / 劣势, rows 机会 / 威胁. The axis
 * labels are visual only; each cell names its own group, and on a narrow screen the cells
 * stack in the order SO, WO, ST, WT.
 */
import { useId } from 'preact/hooks';
import type { Editor } from './editor';
import { StrategyList } from './StrategyList';
import { QUADRANT_NAME, TOWS } from './strings';

export function TowsMatrix({ ed }: { ed: Editor }) {
  const id = useId();
  return (
    <section class="swot-tows" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{TOWS.heading}</h3>
      <p class="ws-hint">{TOWS.intro}</p>
      <p class="ws-hint">{TOWS.toSmartNote}</p>
      <div class="swot-tows-grid">
        <div class="swot-tows-head swot-tows-corner" aria-hidden="true" />
        <div class="swot-tows-head" aria-hidden="true">
          {QUADRANT_NAME.S} S
        </div>
        <div class="swot-tows-head" aria-hidden="true">
          {QUADRANT_NAME.W} W
        </div>
        <div class="swot-tows-head swot-tows-row" aria-hidden="true">
          {QUADRANT_NAME.O} O
        </div>
        <StrategyList ed={ed} g="SO" />
        <StrategyList ed={ed} g="WO" />
        <div class="swot-tows-head swot-tows-row" aria-hidden="true">
          {QUADRANT_NAME.T} T
        </div>
        <StrategyList ed={ed} g="ST" />
        <StrategyList ed={ed} g="WT" />
      </div>
    </section>
  );
}

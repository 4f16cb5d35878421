/** 汇总 of SWOT analyses: the four quadrants of one participant. */
import type { ExerciseDefinition } from '../core/document';
import type { SheetsOf } from '../core/sheets';
import { swotDefinition } from '../swot/definition';
import type { SwotData } from '../swot/schema';
import { QUADRANTS } from '../swot/shape';
import { QUADRANT_NAME } from '../swot/strings';
import type { Kind } from './kinds';
import { COLLECT_TEXT as T } from './strings';

function SwotBody({ data }: { data: unknown }) {
  const swot = data as SwotData;
  return (
    <>
      <p>
        <strong>{T.subject}</strong>：{swot.subject.trim() || T.empty}
      </p>
      {QUADRANTS.map((q) => (
        <div key={q} class="collect-quadrant">
          <h4>
            {QUADRANT_NAME[q]}（{q}）
          </h4>
          {swot.items[q].length ? (
            <ul>
              {swot.items[q].map((item) => (
                <li key={item.id}>{item.text}</li>
              ))}
            </ul>
          ) : (
            <p class="collect-hint">{T.empty}</p>
          )}
        </div>
      ))}
    </>
  );
}

export const kind: Kind = {
  def: swotDefinition as ExerciseDefinition<unknown>,
  Body: SwotBody,
  sheets: () => import('../swot/sheet').then((m) => m.swotSheets as SheetsOf<unknown>),
};

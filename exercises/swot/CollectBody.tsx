/** 汇总 of SWOT analyses: the four quadrants of one participant, and any example left in them. */
import { exampleLeftovers } from './example-values';
import type { SwotData } from './schema';
import { QUADRANTS } from './shape';
import { QUADRANT_NAME } from './strings';
import { ExampleFlag } from '../collect/ExampleFlag';
import { COLLECT_TEXT as T } from '../collect/strings';

export default function SwotBody({ data }: { data: unknown }) {
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
      <ExampleFlag left={exampleLeftovers(swot).size} />
    </>
  );
}

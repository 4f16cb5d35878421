/** 汇总 of SWOT analyses, below the cards — the merged SWOT: per quadrant, items grouped by meaning-preserving normalisation, with counts. */
import { mergeSwot } from '../collect/merge';
import { COLLECT_TEXT as T } from '../collect/strings';
import type { WorksheetDocument } from '../core/document';
import type { SwotData } from './schema';
import { QUADRANTS } from './shape';
import { QUADRANT_NAME } from './strings';

export default function MergedSwot({ docs }: { docs: WorksheetDocument<SwotData>[] }) {
  const merged = mergeSwot(docs.map((d) => d.data));
  return (
    <>
      <h2>{T.merged}</h2>
      <p class="collect-hint">{T.mergedHint}</p>
      <div class="collect-merged">
        {QUADRANTS.map((q) => (
          <section key={q} class="collect-quadrant" aria-label={`${QUADRANT_NAME[q]}（${q}）`}>
            <h3>
              {QUADRANT_NAME[q]}（{q}）
            </h3>
            {merged[q].length ? (
              <ol>
                {merged[q].map((g) => (
                  <li key={g.label}>
                    {g.label}
                    <span class="collect-count">（{T.participants(g.count)}）</span>
                    {g.variants.length > 1 && (
                      <span class="collect-variants">
                        {T.variants}：{g.variants.slice(1).join('；')}
                      </span>
                    )}
                  </li>
                ))}
              </ol>
            ) : (
              <p class="collect-hint">{T.empty}</p>
            )}
          </section>
        ))}
      </div>
    </>
  );
}

/** One participant's document in the side-by-side view: its title and what it says. */
import { useId } from 'preact/hooks';
import type { WorksheetDocument } from '../core/document';
import { computeChain } from '../channel-pricing/chain';
import { formatPercent, formatYuan } from '../channel-pricing/money';
import type { ChannelPricingData } from '../channel-pricing/schema';
import { summarize } from '../channel-pricing/summary';
import { composeStatement } from '../smart-goal/model';
import type { SmartGoalData } from '../smart-goal/schema';
import { QUADRANTS, type SwotData } from '../swot/schema';
import { QUADRANT_NAME } from '../swot/strings';
import { COLLECT_TEXT as T } from './strings';

interface Props {
  doc: WorksheetDocument<unknown>;
  n: number;
  onRemove(): void;
}

function SwotBody({ data }: { data: SwotData }) {
  return (
    <>
      {QUADRANTS.map((q) => (
        <div key={q} class="collect-quadrant">
          <h4>
            {QUADRANT_NAME[q]}（{q}）
          </h4>
          {data.items[q].length ? (
            <ul>
              {data.items[q].map((item) => (
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

function PricingBody({ data }: { data: ChannelPricingData }) {
  const summary = summarize(computeChain(data));
  if (!summary) return <p class="collect-hint">{T.incomplete}</p>;
  return (
    <dl>
      <dt>{T.retail}</dt>
      <dd>{formatYuan(summary.retail)}</dd>
      <dt>{T.channelShare}</dt>
      <dd>{summary.channelShare ? formatPercent(summary.channelShare) : '—'}</dd>
    </dl>
  );
}

export function CollectedCard({ doc, n, onRemove }: Props) {
  const id = useId();
  return (
    <article class="collect-card" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>
        {n}. {doc.title}
      </h3>
      {doc.exercise === 'swot' && <SwotBody data={doc.data as SwotData} />}
      {doc.exercise === 'smart-goal' && (
        <p>
          <strong>{T.statement}</strong>：{composeStatement(doc.data as SmartGoalData) || T.empty}
        </p>
      )}
      {doc.exercise === 'channel-pricing' && <PricingBody data={doc.data as ChannelPricingData} />}
      <span class="collect-buttons collect-no-print">
        <button type="button" onClick={onRemove} aria-label={T.remove(`${n}. ${doc.title}`)}>
          移除
        </button>
      </span>
    </article>
  );
}

/** One cell of the TOWS cross matrix: the strategies of one group (SO, WO, ST or WT). */
import { useId } from 'preact/hooks';
import { focusKey, type Editor } from './editor';
import { addStrategy, GROUP_QUADRANTS, LIMITS, type StrategyGroup } from './model';
import { NoticeLine } from './NoticeLine';
import { StrategyCard } from './StrategyCard';
import { QUADRANT_NAME, TOWS } from './strings';

export function StrategyList({ ed, g }: { ed: Editor; g: StrategyGroup }) {
  const id = useId();
  const list = ed.data.strategies[g];
  const [inner, outer] = GROUP_QUADRANTS[g];

  const add = () => {
    const newId = ed.newId();
    ed.apply(addStrategy(ed.data, g, newId), { focus: [focusKey.strategy(newId, 'text')] });
  };

  return (
    <section class={`swot-tows-cell swot-g-${g}`} aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>
        {TOWS.group[g].name}：{TOWS.group[g].idea}
      </h4>
      <p class="swot-side">
        {QUADRANT_NAME[inner]} + {QUADRANT_NAME[outer]}
      </p>
      <fieldset disabled={ed.readOnly}>
        <NoticeLine ed={ed} scope={g} />
        {list.length === 0 ? (
          <p class="ws-hint">{TOWS.none}</p>
        ) : (
          <ol class="swot-strategies">
            {list.map((strategy, index) => (
              <StrategyCard
                key={strategy.id}
                ed={ed}
                g={g}
                strategy={strategy}
                index={index}
                items={ed.data.items}
                subject={ed.data.subject}
                href={ed.smartGoalHref}
                example={ed.left?.has(strategy.id)}
              />
            ))}
          </ol>
        )}
        <button
          type="button"
          data-focus={focusKey.addStrategy(g)}
          disabled={list.length >= LIMITS.strategiesPerGroup}
          onClick={add}
        >
          {TOWS.add(g)}
        </button>
      </fieldset>
    </section>
  );
}

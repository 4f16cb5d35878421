/** 汇总 of SMART goals: the composed goal statement of one participant, and any example left in it. */
import { composeStatement, exampleLabels } from './checks';
import { exampleLeftovers } from './model';
import type { SmartGoalData } from './schema';
import { ExampleFlag } from '../collect/ExampleFlag';
import { COLLECT_TEXT as T } from '../collect/strings';

export default function SmartGoalBody({ data }: { data: unknown }) {
  const goal = data as SmartGoalData;
  const left = exampleLabels(exampleLeftovers(goal));
  return (
    <>
      <p>
        <strong>{T.statement}</strong>：{composeStatement(goal) || T.empty}
      </p>
      <ExampleFlag left={left} />
    </>
  );
}

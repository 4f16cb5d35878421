/** 汇总 of SMART goals: the composed goal statement of one participant. */
import type { ExerciseDefinition } from '../core/document';
import type { SheetsOf } from '../core/sheets';
import { smartGoalDefinition } from '../smart-goal/definition';
import { composeStatement, exampleLabels, exampleLeftovers } from '../smart-goal/model';
import type { SmartGoalData } from '../smart-goal/schema';
import type { Kind } from './kinds';
import { COLLECT_TEXT as T } from './strings';

function SmartGoalBody({ data }: { data: unknown }) {
  const goal = data as SmartGoalData;
  const left = exampleLabels(exampleLeftovers(goal));
  return (
    <>
      <p>
        <strong>{T.statement}</strong>：{composeStatement(goal) || T.empty}
      </p>
      {left.length > 0 && (
        <p class="collect-flag">
          <span aria-hidden="true">⚠ </span>
          {T.exampleLeft(left.join('、'))}
        </p>
      )}
    </>
  );
}

export const kind: Kind = {
  def: smartGoalDefinition as ExerciseDefinition<unknown>,
  Body: SmartGoalBody,
  sheets: () => import('../smart-goal/sheet').then((m) => m.smartGoalSheets as SheetsOf<unknown>),
};

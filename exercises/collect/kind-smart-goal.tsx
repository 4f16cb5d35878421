/** 汇总 of SMART goals: the composed goal statement of one participant. */
import type { ExerciseDefinition } from '../core/document';
import type { SheetsOf } from '../core/sheets';
import { smartGoalDefinition } from '../smart-goal/definition';
import { composeStatement } from '../smart-goal/model';
import type { SmartGoalData } from '../smart-goal/schema';
import type { Kind } from './kinds';
import { COLLECT_TEXT as T } from './strings';

function SmartGoalBody({ data }: { data: unknown }) {
  return (
    <p>
      <strong>{T.statement}</strong>：{composeStatement(data as SmartGoalData) || T.empty}
    </p>
  );
}

export const kind: Kind = {
  def: smartGoalDefinition as ExerciseDefinition<unknown>,
  Body: SmartGoalBody,
  sheets: () => import('../smart-goal/sheet').then((m) => m.smartGoalSheets as SheetsOf<unknown>),
};

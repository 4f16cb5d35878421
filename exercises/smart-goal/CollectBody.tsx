/** 汇总 of SMART goals: the composed goal statement of one participant. */
import { composeStatement } from './model';
import type { SmartGoalData } from './schema';
import { COLLECT_TEXT as T } from '../collect/strings';

export default function SmartGoalBody({ data }: { data: unknown }) {
  return (
    <p>
      <strong>{T.statement}</strong>：{composeStatement(data as SmartGoalData) || T.empty}
    </p>
  );
}

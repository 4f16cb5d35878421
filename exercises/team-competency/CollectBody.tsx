/** 汇总 of 团队能力评估: one participant's own ratings (the first person) as dimension averages and lowest items. */
import { COLLECT_TEXT as C } from '../collect/strings';
import { COMPETENCY_NAME, DIMENSION_NAME } from './competencies';
import { lowestItems, unratedCount } from './model';
import { COLLECT as T, RESULTS } from './results-strings';
import type { TeamCompetencyData } from './schema';
import { DIMENSIONS, ITEM_COUNT } from './shape';
import { dimensionAverages, formatAverage } from './stats';
import './collect.css';

export default function TeamCompetencyBody({ data }: { data: unknown }) {
  const self = (data as TeamCompetencyData).people[0];
  if (!self || unratedCount(self.scores) === ITEM_COUNT)
    return <p class="collect-hint">{T.none}</p>;
  const averages = dimensionAverages([self.scores]);
  const { items } = lowestItems(self.scores);
  return (
    <>
      <p>
        <strong>{T.person}</strong>：{self.name.trim() || C.unsigned}
      </p>
      <table
        class="tc-collect-table"
        aria-label={RESULTS.personCaption(self.name.trim() || T.person)}
      >
        <tbody>
          {DIMENSIONS.map((d) => (
            <tr key={d}>
              <th scope="row">{DIMENSION_NAME[d]}</th>
              <td>{formatAverage(averages[d])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>{T.lowest}</strong>：{items.map((i) => COMPETENCY_NAME[i]).join('、') || C.empty}
      </p>
    </>
  );
}

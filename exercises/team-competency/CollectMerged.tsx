/**
 * 汇总 of 团队能力评估, below the cards: the group's average radar over every participant's own
 * ratings (the first person of each file), its table, and the most common lowest items.
 */
import type { WorksheetDocument } from '../core/document';
import { COMPETENCY_NAME, DIMENSION_NAME } from './competencies';
import { RadarChart } from './RadarChart';
import { COLLECT as T, RESULTS } from './results-strings';
import type { TeamCompetencyData } from './schema';
import { DIMENSIONS } from './shape';
import { averageValue, commonGaps, dimensionAverages, formatAverage } from './stats';
import './collect.css';

export default function MergedCompetency({
  docs,
}: {
  docs: WorksheetDocument<TeamCompetencyData>[];
}) {
  const lists = docs.flatMap((d) => (d.data.people[0] ? [d.data.people[0].scores] : []));
  const averages = dimensionAverages(lists);
  const gaps = commonGaps(lists).slice(0, 8);
  const values = DIMENSIONS.map((d) => averageValue(averages[d]));
  const title = RESULTS.chartTitle(
    T.groupAverage,
    DIMENSIONS.map((d) => RESULTS.axisValue(DIMENSION_NAME[d], formatAverage(averages[d]))).join(
      '，',
    ),
  );
  return (
    <>
      <h2>{T.merged}</h2>
      <p class="collect-hint">{T.mergedHint(lists.length)}</p>
      <div class="tc-collect-merged">
        <RadarChart
          title={title}
          axes={DIMENSIONS.map((d) => DIMENSION_NAME[d])}
          series={[{ label: T.groupAverage, values }]}
        />
        <table class="tc-collect-table">
          <caption>{T.groupCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{RESULTS.dimension}</th>
              <th scope="col">{T.groupAverage}</th>
            </tr>
          </thead>
          <tbody>
            {DIMENSIONS.map((d) => (
              <tr key={d}>
                <th scope="row">{DIMENSION_NAME[d]}</th>
                <td>{formatAverage(averages[d])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{T.commonGaps}</h3>
      <p class="collect-hint">{T.commonGapsHint}</p>
      {gaps.length ? (
        <table class="tc-collect-table" aria-label={T.commonGaps}>
          <thead>
            <tr>
              <th scope="col">{T.competency}</th>
              <th scope="col">{T.count}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((g) => (
              <tr key={g.item}>
                <th scope="row">{COMPETENCY_NAME[g.item]}</th>
                <td>{T.people(g.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="collect-hint">{T.none}</p>
      )}
    </>
  );
}

/**
 * The results (a deferred part): warnings (items not rated, ratings that tell nothing apart,
 * wide gaps between 本人 and 经理), the team's average radar with a table of every person's
 * dimension averages, and each person's radar with its table.
 */
import { useId } from 'preact/hooks';
import { COMPETENCY_NAME, DIMENSION_NAME } from './competencies';
import { otherRater, ratingsBy, unratedCount, type Person, type TeamCompetencyData } from './model';
import { RadarChart, type Series } from './RadarChart';
import { RESULTS as T } from './results-strings';
import { DIMENSIONS, ITEM_COUNT } from './shape';
import { allSame, averageValue, dimensionAverages, formatAverage, wideGaps } from './stats';
import { FORM, RATER_NAME } from './strings';

const AXES = DIMENSIONS.map((d) => DIMENSION_NAME[d]);
type Averages = ReturnType<typeof dimensionAverages>;

function nameOf(person: Person, index: number): string {
  return person.name.trim() || FORM.person(index + 1, '');
}

function warnings(people: readonly Person[]): string[] {
  return people.flatMap((p, i) => {
    const name = nameOf(p, i);
    const list: string[] = [];
    const unrated = unratedCount(p.scores);
    if (unrated > 0 && unrated < ITEM_COUNT) list.push(T.unrated(name, unrated));
    if (allSame(p.scores)) list.push(T.allSame(name, p.scores[0]));
    for (const g of wideGaps(p))
      list.push(T.wideGap(name, COMPETENCY_NAME[g.item], g.self, g.manager));
    return list;
  });
}

function chartTitle(name: string, averages: Averages): string {
  const values = DIMENSIONS.map((d) => T.axisValue(DIMENSION_NAME[d], formatAverage(averages[d])));
  return T.chartTitle(name, values.join('，'));
}

const series = (label: string, averages: Averages): Series => ({
  label,
  values: DIMENSIONS.map((d) => averageValue(averages[d])),
});

/** A chart and its table side by side (stacked on a phone). */
function RadarBlock(props: {
  title: string;
  caption: string;
  columns: readonly { label: string; averages: Averages }[];
  chart: readonly { label: string; averages: Averages }[];
}) {
  const id = useId();
  return (
    <section class="tc-radar-block" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{props.title}</h4>
      <div class="tc-radar-pair">
        <RadarChart
          title={chartTitle(props.title, props.chart[0].averages)}
          axes={AXES}
          series={props.chart.map((c) => series(c.label, c.averages))}
        />
        <div class="ws-table-wrap">
          <table class="tc-table">
            <caption>{props.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{T.dimension}</th>
                {props.columns.map((c, k) => (
                  <th key={k} scope="col" class="ws-num">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {DIMENSIONS.map((d) => (
                <tr key={d}>
                  <th scope="row">{DIMENSION_NAME[d]}</th>
                  {props.columns.map((c, k) => (
                    <td key={k} class="ws-num">
                      {formatAverage(c.averages[d])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

export function Results({ data }: { data: TeamCompetencyData }) {
  const id = useId();
  const { people } = data;
  const notes = warnings(people);
  const rated = people.some((p) => unratedCount(p.scores) < ITEM_COUNT);
  const team = dimensionAverages(people.map((p) => p.scores));
  const columns = people.map((p, i) => ({
    label: nameOf(p, i),
    averages: dimensionAverages([p.scores]),
  }));
  return (
    <section class="tc-results" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{T.heading}</h3>
      <p class="ws-hint">{T.intro}</p>
      {!rated && <p class="ws-hint ws-pending">{T.pending}</p>}
      {notes.length > 0 && (
        <div class="ws-notice ws-notice-warn tc-warnings">
          <h4>{T.warnings}</h4>
          <ul>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      {people.length > 1 && (
        <RadarBlock
          title={T.team}
          caption={T.teamCaption}
          chart={[{ label: T.team, averages: team }]}
          columns={[...columns, { label: T.team, averages: team }]}
        />
      )}
      {people.map((p, i) => {
        const name = nameOf(p, i);
        const by = ratingsBy(p);
        const own = { label: T.scoreBy(RATER_NAME[p.rater]), averages: columns[i].averages };
        const other = otherRater(p.rater);
        const second = by[other];
        const list = second
          ? [own, { label: T.scoreBy(RATER_NAME[other]), averages: dimensionAverages([second]) }]
          : [own];
        return (
          <RadarBlock
            key={p.id}
            title={name}
            caption={T.personCaption(name)}
            chart={list}
            columns={list}
          />
        );
      })}
    </section>
  );
}

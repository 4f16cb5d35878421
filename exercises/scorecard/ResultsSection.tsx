/**
 * 排名与得分分布: the members side by side (名次, the four category scores, 综合得分) and the
 * distribution of their totals over score bands (chart and table). A deferred part: it loads
 * when it comes near the screen, on the first focus, or at once for a card that is not blank.
 */
import { useId } from 'preact/hooks';
import { ScrollBox } from '../core/ui/ScrollBox';
import { distribution, formatHundredths, ranking, type ScorecardData } from './model';
import { DistributionChart } from './DistributionChart';
import { RESULTS as T } from './results-strings';
import { CATEGORY_NAME, FORM } from './strings';

export function ResultsSection({ data }: { data: ScorecardData }) {
  const id = useId();
  const rows = ranking(data, FORM.memberFallback);
  const show = (v: number | null) => (v === null ? T.unranked : formatHundredths(v));
  return (
    <section class="sc-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{T.heading}</h3>
      {rows.every((r) => r.total === null) ? (
        <p class="ws-hint ws-pending">{T.none}</p>
      ) : (
        <>
          <p class="ws-hint">{T.hint}</p>
          <ScrollBox labelledBy={`${id}-caption`}>
            <table class="sc-table sc-ranking">
              <caption id={`${id}-caption`}>{T.rankingCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{T.member}</th>
                  <th scope="col" class="ws-num">
                    {T.rank}
                  </th>
                  {data.categories.map((c) => (
                    <th key={c.key} scope="col" class="ws-num">
                      {CATEGORY_NAME[c.key]}
                    </th>
                  ))}
                  <th scope="col" class="ws-num">
                    {T.total}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.index}>
                    <th scope="row">{r.name}</th>
                    <td class="ws-num">{r.rank ?? T.unranked}</td>
                    {r.categories.map((score, i) => (
                      <td key={i} class="ws-num">
                        {show(score)}
                      </td>
                    ))}
                    <td class="ws-num sc-grand">{show(r.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <DistributionChart bands={distribution(rows)} />
        </>
      )}
    </section>
  );
}

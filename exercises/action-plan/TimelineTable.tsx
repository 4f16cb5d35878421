/**
 * The timeline as a table: every action and 复盘日 with its phase, 负责人, date, day of the plan
 * and 状态, and today's day. What the chart shows, for screen readers and for paper.
 */
import { formatChineseDate } from '../core/dates';
import { ScrollBox } from '../core/ui/ScrollBox';
import { dateOfDay } from './model';
import { PHASES, STATUS_LABEL } from './strings';
import type { Timeline } from './timeline';
import { TIMELINE as T } from './timeline-strings';

export function TimelineTable({ tl, id, start }: { tl: Timeline; id: string; start: string }) {
  const dayCell = (day: number | null) => (day === null ? T.none : T.dayN(day));
  const dateCell = (date: string) => (date.trim() ? formatChineseDate(date.trim()) : T.noDate);
  return (
    <ScrollBox labelledBy={`${id}-caption`}>
      <table class="ap-table">
        <caption id={`${id}-caption`}>{T.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{T.item}</th>
            <th scope="col">{T.phase}</th>
            <th scope="col">{T.owner}</th>
            <th scope="col">{T.date}</th>
            <th scope="col" class="ws-num">
              {T.day}
            </th>
            <th scope="col">{T.status}</th>
          </tr>
        </thead>
        <tbody>
          {PHASES.map((phase, p) => [
            ...tl.actions
              .filter((a) => a.phase === p)
              .map((a) => (
                <tr key={`${p}-${a.n}`}>
                  <th scope="row">{a.text.trim() || T.untitled}</th>
                  <td>{phase.days}</td>
                  <td>{a.owner.trim() || T.none}</td>
                  <td>{dateCell(a.due)}</td>
                  <td class="ws-num">{dayCell(a.day)}</td>
                  <td>{STATUS_LABEL[a.status]}</td>
                </tr>
              )),
            <tr key={`${p}-review`} class="ap-review-row">
              <th scope="row">{T.review}</th>
              <td>{phase.days}</td>
              <td>{T.none}</td>
              <td>{dateCell(tl.reviews[p].date)}</td>
              <td class="ws-num">{dayCell(tl.reviews[p].day)}</td>
              <td>{T.none}</td>
            </tr>,
          ])}
        </tbody>
      </table>
      {tl.today !== null && (
        <p class="ws-hint">
          {T.todayLine(tl.today, formatChineseDate(dateOfDay(start, tl.today)))}
        </p>
      )}
    </ScrollBox>
  );
}

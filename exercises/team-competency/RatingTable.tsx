/**
 * One person's 16 ratings, dimension by dimension: per competency a group of five radio buttons
 * (1–5, named by the competency; arrow keys move within it), the behavioural anchors on demand,
 * and with a second rater their ratings and the gap (经理 − 本人).
 */
import { useId } from 'preact/hooks';
import { formatNumber } from '../core/numbers';
import { ANCHORS, COMPETENCY_NAME, DIMENSION_NAME } from './competencies';
import {
  gapOf,
  itemsOf,
  otherRater,
  setScore,
  WIDE_GAP,
  type Person,
  type TeamCompetencyData,
} from './model';
import { DIMENSIONS, SCORE_MAX, SCORE_MIN } from './shape';
import { FIELD, FORM, RATER_NAME } from './strings';

interface Props {
  person: Person;
  index: number;
  data: TeamCompetencyData;
  readOnly: boolean;
  onChange(data: TeamCompetencyData): void;
}

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, k) => SCORE_MIN + k);

function Scale(props: {
  name: string;
  label: string;
  value: number;
  disabled: boolean;
  onPick(score: number): void;
}) {
  return (
    <fieldset class="tc-scale" disabled={props.disabled}>
      <legend class="ws-sr-only">{props.label}</legend>
      {SCORES.map((s) => (
        <label key={s}>
          <input
            type="radio"
            name={props.name}
            value={s}
            checked={props.value === s}
            onChange={() => props.onPick(s)}
          />
          {s}
        </label>
      ))}
    </fieldset>
  );
}

export function RatingTable({ person, index, data, readOnly, onChange }: Props) {
  const id = useId();
  const first = RATER_NAME[person.rater];
  const second = RATER_NAME[otherRater(person.rater)];
  const columns = person.second ? 4 : 2;
  const name = person.name.trim() || FORM.person(index + 1, '');
  return (
    <div class="ws-table-wrap">
      <table class="tc-ratings">
        <caption class="ws-sr-only">{FORM.ratingsOf(name)}</caption>
        <thead>
          <tr>
            <th scope="col">{FORM.competency}</th>
            <th scope="col">{FORM.scoreBy(first)}</th>
            {person.second && <th scope="col">{FORM.scoreBy(second)}</th>}
            {person.second && (
              <th scope="col" class="ws-num">
                {FIELD.gap}
              </th>
            )}
          </tr>
        </thead>
        {DIMENSIONS.map((d) => (
          <tbody key={d}>
            <tr>
              <th scope="colgroup" colSpan={columns} class="tc-dimension">
                {DIMENSION_NAME[d]}
              </th>
            </tr>
            {itemsOf(d).map((i) => {
              const gap = gapOf(person, i);
              return (
                <tr key={i}>
                  <th scope="row" class="tc-item">
                    {COMPETENCY_NAME[i]}
                    <details class="tc-details">
                      <summary>
                        {FORM.anchors}
                        <span class="ws-sr-only">：{COMPETENCY_NAME[i]}</span>
                      </summary>
                      <ol class="tc-anchors">
                        {ANCHORS[i].map((a, k) => (
                          <li key={k}>{FORM.anchor(k + 1, a)}</li>
                        ))}
                      </ol>
                    </details>
                  </th>
                  <td>
                    <Scale
                      name={`${id}-a${i}`}
                      label={FORM.groupLabel(COMPETENCY_NAME[i], first)}
                      value={person.scores[i]}
                      disabled={readOnly}
                      onPick={(s) => onChange(setScore(data, index, 'scores', i, s))}
                    />
                  </td>
                  {person.second && (
                    <td>
                      <Scale
                        name={`${id}-b${i}`}
                        label={FORM.groupLabel(COMPETENCY_NAME[i], second)}
                        value={person.others[i]}
                        disabled={readOnly}
                        onPick={(s) => onChange(setScore(data, index, 'others', i, s))}
                      />
                    </td>
                  )}
                  {person.second && (
                    <td class="ws-num">
                      {gap === null ? '—' : formatNumber(gap, { sign: true }).replace('-', '−')}
                      {gap !== null && Math.abs(gap) >= WIDE_GAP && (
                        <span class="tc-gap-wide">{FORM.wideGap}</span>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
      {person.second && <p class="ws-hint">{FORM.gapHint}</p>}
    </div>
  );
}

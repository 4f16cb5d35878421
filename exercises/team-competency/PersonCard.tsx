/** One person's card: 成员姓名, 评分人, the optional second rater and the 16 ratings. */
import { useId } from 'preact/hooks';
import { TextField } from '../core/ui/fields';
import { otherRater, updatePerson, type Person, type TeamCompetencyData } from './model';
import { RatingTable } from './RatingTable';
import { RATERS, type Rater } from './shape';
import { FIELD, FORM, RATER_NAME } from './strings';

interface Props {
  person: Person;
  index: number;
  data: TeamCompetencyData;
  readOnly: boolean;
  onChange(data: TeamCompetencyData): void;
  /** Absent for the only person left. */
  onRemove?: () => void;
}

export function PersonCard({ person, index, data, readOnly, onChange, onRemove }: Props) {
  const id = useId();
  const heading = FORM.person(index + 1, person.name);
  return (
    <section class="tc-person" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>
        {heading}
        {index === 0 && person.rater === 'self' && FORM.self}
      </h4>
      <fieldset class="tc-person-fields" disabled={readOnly}>
        <legend class="ws-sr-only">{heading}</legend>
        <TextField
          label={FIELD.name}
          class="tc-person-name"
          placeholder={FORM.namePlaceholder}
          value={person.name}
          onInput={(name) => onChange(updatePerson(data, index, { name }))}
        />
        <div class="ws-field">
          <label class="ws-label" for={`${id}-rater`}>
            {FIELD.rater}
          </label>
          <select
            id={`${id}-rater`}
            value={person.rater}
            onChange={(e) =>
              onChange(updatePerson(data, index, { rater: e.currentTarget.value as Rater }))
            }
          >
            {RATERS.map((r) => (
              <option key={r} value={r}>
                {RATER_NAME[r]}
              </option>
            ))}
          </select>
        </div>
        <label class="tc-check">
          <input
            type="checkbox"
            checked={person.second}
            onChange={(e) =>
              onChange(updatePerson(data, index, { second: e.currentTarget.checked }))
            }
          />
          {FIELD.second(RATER_NAME[otherRater(person.rater)])}
        </label>
      </fieldset>
      <RatingTable
        person={person}
        index={index}
        data={data}
        readOnly={readOnly}
        onChange={onChange}
      />
      {onRemove && (
        <div class="ws-buttons">
          <button type="button" disabled={readOnly} onClick={onRemove}>
            {FORM.removePerson(index + 1, person.name)}
          </button>
        </div>
      )}
    </section>
  );
}

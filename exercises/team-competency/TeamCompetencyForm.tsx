/**
 * The 团队能力评估 form: team and date, one rating card per person (the first is the one filling
 * it in), the radar charts with their tables (a deferred part), and the 个人发展计划. Wiring
 * only: every rule is in model.ts (and stats.ts / radar.ts for the results).
 */
import { useId, useRef, useState } from 'preact/hooks';
import { Deferred, deferredView } from '../core/ui/Deferred';
import { TextField } from '../core/ui/fields';
import { SCALE } from './competencies';
import {
  addPerson,
  canAddPerson,
  isBlank,
  removePerson,
  restorePerson,
  setField,
  type Person,
  type TeamCompetencyData,
} from './model';
import { PersonCard } from './PersonCard';
import { PlanSection, type PlanLinks } from './PlanSection';
import { FIELD, FORM } from './strings';

interface Props {
  data: TeamCompetencyData;
  readOnly: boolean;
  onChange(data: TeamCompetencyData): void;
  onLoadExample(): void;
  /** A new random id (the view's clock and randomness). */
  makeId(): string;
  links: PlanLinks;
}

// The radar charts, their tables and the warnings: their arithmetic loads with them, when they
// come near the screen, the form gets focus, or at once for a document that is not blank.
const resultsView = deferredView(() => import('./Results').then((m) => m.Results));

/** The deferred part's code: the server has it before rendering; unit tests load it up front. */
export const loadParts = () => resultsView.load();
if (import.meta.env.SSR) await loadParts();

export function TeamCompetencyForm({
  data,
  readOnly,
  onChange,
  onLoadExample,
  makeId,
  links,
}: Props) {
  const id = useId();
  const [removed, setRemoved] = useState<{ index: number; person: Person } | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const cards = useRef<HTMLDivElement>(null);

  const add = () => {
    onChange(addPerson(data, makeId()));
    setRemoved(null);
    // Focus the new card's name once it is drawn.
    requestAnimationFrame(() => {
      const inputs = cards.current?.querySelectorAll<HTMLInputElement>('.tc-person-name input');
      inputs?.[inputs.length - 1]?.focus();
    });
  };

  return (
    <div class="tc">
      <div class="ws-buttons">
        <button type="button" disabled={readOnly} onClick={onLoadExample}>
          {FORM.loadExample}
        </button>
      </div>

      <fieldset class="tc-fields" disabled={readOnly}>
        <legend class="ws-sr-only">{FORM.section}</legend>
        <TextField
          label={FIELD.team}
          value={data.team}
          onInput={(v) => onChange(setField(data, 'team', v))}
        />
        <TextField
          label={FIELD.date}
          type="date"
          value={data.date}
          onInput={(v) => onChange(setField(data, 'date', v))}
        />
      </fieldset>

      <section class="tc-people" aria-labelledby={`${id}-people`}>
        <h3 id={`${id}-people`}>{FORM.people}</h3>
        <p class="ws-hint">{FORM.scaleIntro}</p>
        <details class="tc-details">
          <summary>{FORM.scaleTitle}</summary>
          <ul>
            {SCALE.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </details>
        <div class="tc-cards" ref={cards}>
          {data.people.map((person, i) => (
            <PersonCard
              key={person.id}
              person={person}
              index={i}
              data={data}
              readOnly={readOnly}
              onChange={onChange}
              onRemove={
                data.people.length > 1
                  ? () => {
                      setRemoved({ index: i, person });
                      onChange(removePerson(data, i));
                      addButton.current?.focus();
                    }
                  : undefined
              }
            />
          ))}
        </div>
        <div class="ws-buttons">
          <button
            type="button"
            ref={addButton}
            disabled={readOnly || !canAddPerson(data)}
            onClick={add}
          >
            {FORM.addPerson}
          </button>
        </div>
        <p class="ws-hint" role="status" aria-live="polite">
          {removed && (
            <>
              {FORM.removed(removed.person.name.trim() || FORM.person(removed.index + 1, ''))}{' '}
              <button
                type="button"
                onClick={() => {
                  onChange(restorePerson(data, removed.index, removed.person));
                  setRemoved(null);
                }}
              >
                {FORM.undo}
              </button>
            </>
          )}
          {!canAddPerson(data) && FORM.full}
        </p>
      </section>

      <Deferred view={resultsView} props={{ data }} name="tc-results" now={!isBlank(data)} onView />

      <PlanSection data={data} readOnly={readOnly} links={links} onChange={onChange} />
    </div>
  );
}

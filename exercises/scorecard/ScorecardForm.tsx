/**
 * The 绩效计分卡 form: the period, the indicators and weights, each member's scores and
 * interview record, then the ranking and distribution (a deferred part). Wiring only: every
 * rule is in score.ts and model.ts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Deferred, deferredView } from '../core/ui/Deferred';
import { TextField } from '../core/ui/fields';
import { PaperRows } from '../core/ui/PaperRows';
import { MemberCard } from './MemberCard';
import { addMember, isBlank, removeMember, setPeriod, type ScorecardData } from './model';
import { SetupSection } from './SetupSection';
import { FIELD, FORM, HINT } from './strings';

interface Props {
  data: ScorecardData;
  readOnly: boolean;
  onChange(data: ScorecardData): void;
  onLoadExample(): void;
}

// The ranking and the chart as the server drew them until they come near the screen, the form
// gets focus, or the card is not the blank one.
const resultsView = deferredView(() => import('./ResultsSection').then((m) => m.ResultsSection));

/** The deferred part's code: the server has it before rendering; unit tests load it up front. */
export const loadParts = () => resultsView.load().then(() => undefined);
if (import.meta.env.SSR) await loadParts();

export function ScorecardForm({ data, readOnly, onChange, onLoadExample }: Props) {
  // 打印面谈记录: the member whose record alone is on paper while the print dialog is open.
  const [printing, setPrinting] = useState<string | null>(null);
  const addMemberButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(null);
    // The rest of the page (the instructions above the worksheet) stays off this paper too.
    const root = document.documentElement;
    root.classList.add('sc-interview-print');
    window.addEventListener('afterprint', done);
    window.print();
    return () => {
      window.removeEventListener('afterprint', done);
      root.classList.remove('sc-interview-print');
    };
  }, [printing]);

  return (
    <div class={printing ? 'sc sc-print-one' : 'sc'}>
      <div class="ws-buttons">
        <button type="button" disabled={readOnly} onClick={onLoadExample}>
          {FORM.loadExample}
        </button>
      </div>
      <fieldset class="sc-stack" disabled={readOnly}>
        <legend class="ws-sr-only">{FORM.setup}</legend>
        <TextField
          label={FIELD.period}
          hint={HINT.period}
          value={data.period}
          class="sc-period-field"
          onInput={(period) => onChange(setPeriod(data, period))}
        />
        <SetupSection data={data} onChange={onChange} />
      </fieldset>
      <fieldset class="sc-stack sc-members" disabled={readOnly}>
        <legend>
          <h3 class="sc-legend">{FORM.members}</h3>
        </legend>
        {data.members.length === 0 ? (
          <>
            <p class="ws-hint ws-pending">{FORM.noMembers}</p>
            <PaperRows columns={[FIELD.memberName, FIELD.name, FIELD.actual, FIELD.score]} />
          </>
        ) : (
          data.members.map((member, index) => (
            <MemberCard
              key={member.id}
              data={data}
              member={member}
              index={index}
              printing={printing === member.id}
              onChange={onChange}
              onRemove={() => {
                onChange(removeMember(data, member.id));
                addMemberButton.current?.focus();
              }}
              onPrint={() => setPrinting(member.id)}
            />
          ))
        )}
        <div class="ws-buttons">
          <button type="button" ref={addMemberButton} onClick={() => onChange(addMember(data))}>
            {FORM.addMember}
          </button>
        </div>
      </fieldset>
      <Deferred view={resultsView} props={{ data }} name="sc-results" now={!isBlank(data)} onView />
    </div>
  );
}

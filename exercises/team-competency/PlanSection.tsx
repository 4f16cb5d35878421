/**
 * 个人发展计划: per person, the 2–3 lowest-rated competencies (model.ts `lowestItems`), each
 * with 发展行动, 资源, 期限 and 衡量方式; rows written for a competency that is no longer among
 * the lowest stay, marked. Links to the chapters' advice on improving a weak point.
 */
import { useId } from 'preact/hooks';
import { PaperRows } from '../core/ui/PaperRows';
import { TextArea, TextField } from '../core/ui/fields';
import { COMPETENCY_NAME } from './competencies';
import { lowestItems, planRows, setPlan, type TeamCompetencyData } from './model';
import { FIELD, FORM, PLAN } from './strings';

/** The chapters' advice (with the site's base path, from the frame). */
export interface PlanLinks {
  adviceHref: string;
  interviewHref: string;
}

export const DEFAULT_PLAN_LINKS: PlanLinks = {
  adviceHref: '/role/competency/#识别短板并有针对性地提升',
  interviewHref: '/team/performance/#绩效面谈技巧',
};

interface Props {
  data: TeamCompetencyData;
  readOnly: boolean;
  links: PlanLinks;
  onChange(data: TeamCompetencyData): void;
}

export function PlanSection({ data, readOnly, links, onChange }: Props) {
  const id = useId();
  return (
    <section class="tc-plan" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{PLAN.heading}</h3>
      <p class="ws-hint">{PLAN.intro}</p>
      <p class="ws-hint tc-links">
        <a href={links.adviceHref}>{PLAN.advice}</a>
        <a href={links.interviewHref}>{PLAN.interview}</a>
      </p>
      {data.people.map((person, index) => {
        const name = person.name.trim() || FORM.person(index + 1, '');
        const rows = planRows(person);
        const { tied } = lowestItems(person.scores);
        const allTop = rows.length === 0 && person.scores.some((s) => s > 0);
        return (
          <section key={person.id} class="tc-plan-person" aria-label={PLAN.personPlan(name)}>
            <h4>{PLAN.personPlan(name)}</h4>
            {rows.length === 0 && (
              <>
                <p class="ws-hint ws-pending">{allTop ? PLAN.allTop(name) : PLAN.pending(name)}</p>
                {!allTop && (
                  <PaperRows
                    columns={[PLAN.item, FIELD.action, FIELD.resource, FIELD.due, FIELD.measure]}
                  />
                )}
              </>
            )}
            {rows.map(({ row, current }) => {
              const edit = (patch: Parameters<typeof setPlan>[3]) =>
                onChange(setPlan(data, index, row.item, patch));
              return (
                <fieldset key={row.item} class="tc-plan-row" disabled={readOnly}>
                  <legend>
                    {COMPETENCY_NAME[row.item]}
                    {!current && <span class="tc-kept">{PLAN.kept}</span>}
                  </legend>
                  <TextArea
                    label={FIELD.action}
                    rows={2}
                    class="tc-wide"
                    value={row.action}
                    onInput={(action) => edit({ action })}
                  />
                  <TextField
                    label={FIELD.resource}
                    value={row.resource}
                    onInput={(resource) => edit({ resource })}
                  />
                  <TextField
                    label={FIELD.due}
                    type="date"
                    value={row.due}
                    onInput={(due) => edit({ due })}
                  />
                  <TextField
                    label={FIELD.measure}
                    class="tc-wide"
                    value={row.measure}
                    onInput={(measure) => edit({ measure })}
                  />
                </fieldset>
              );
            })}
            {tied.length > 0 && (
              <p class="ws-hint">{PLAN.tied(tied.map((i) => COMPETENCY_NAME[i]).join('、'))}</p>
            )}
          </section>
        );
      })}
    </section>
  );
}

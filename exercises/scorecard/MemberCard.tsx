/**
 * One team member: name, 实际值 and 得分 per indicator with each category's score and the
 * 综合得分, then the 绩效面谈 record (strengths, gaps, agreed actions), which prints on its own
 * as the interview record (打印面谈记录) with room for both signatures.
 */
import { useId } from 'preact/hooks';
import { TextArea, TextField } from '../core/ui/fields';
import { NumberField } from '../core/ui/NumberField';
import {
  actualOf,
  formatHundredths,
  MANUAL_INPUT,
  scoreMember,
  setActual,
  updateMember,
  VALUE_INPUT,
  type IndicatorScore,
  type Member,
  type ScorecardData,
} from './model';
import { CATEGORY_NAME, FIELD, FORM, HINT, SCORE_NOTE } from './strings';

interface Props {
  data: ScorecardData;
  member: Member;
  index: number;
  printing: boolean;
  onChange(data: ScorecardData): void;
  onRemove(): void;
  onPrint(): void;
}

function ScoreCell({ result }: { result: IndicatorScore | undefined }) {
  if (!result || result.status === 'pending') return <td class="ws-num">{FORM.pending}</td>;
  if (result.status === 'invalid')
    return (
      <td class="ws-num">
        {FORM.pending}
        {result.message && <span class="ws-error sc-note">{result.message}</span>}
      </td>
    );
  const attainment = result.attainment === null ? '' : formatHundredths(result.attainment);
  return (
    <td class="ws-num">
      {formatHundredths(result.score)}
      {result.belowThreshold && (
        <span class="sc-note">{SCORE_NOTE.belowThreshold(attainment)}</span>
      )}
      {result.capped && !result.belowThreshold && (
        <span class="sc-note">{SCORE_NOTE.capped(attainment)}</span>
      )}
    </td>
  );
}

export function MemberCard({ data, member, index, printing, onChange, onRemove, onPrint }: Props) {
  const id = useId();
  const name = member.name.trim() || FORM.memberFallback(index + 1);
  const result = scoreMember(data, member);
  const set = (patch: Parameters<typeof updateMember>[2]) =>
    onChange(updateMember(data, member.id, patch));

  return (
    <section class={printing ? 'sc-member sc-printing' : 'sc-member'} aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>
        <span class="sc-print-only">{FORM.interviewFor('')}</span>
        {name}
        {data.period.trim() && <span class="sc-period">（{data.period.trim()}）</span>}
      </h4>
      <TextField
        label={FIELD.memberName}
        srPrefix={FORM.memberFallback(index + 1)}
        value={member.name}
        class="sc-member-name"
        onInput={(value) => set({ name: value })}
      />
      <div class="ws-table-wrap">
        <table class="sc-table">
          <caption class="ws-sr-only">{FORM.scoresOf(name)}</caption>
          <thead>
            <tr>
              <th scope="col">{FIELD.name}</th>
              <th scope="col" class="ws-num">
                {FIELD.target}
              </th>
              <th scope="col">{FIELD.actual}</th>
              <th scope="col" class="ws-num">
                {FIELD.score}
              </th>
            </tr>
          </thead>
          {data.categories.map((category, c) => {
            const categoryName = CATEGORY_NAME[category.key];
            const scores = result.categories[c];
            return (
              <tbody key={category.key}>
                <tr class="sc-category-row">
                  <th scope="rowgroup" colSpan={3}>
                    {FORM.categoryHeading(categoryName, category.weight.trim())}
                  </th>
                  <td class="ws-num">
                    {scores?.score == null ? FORM.pending : formatHundredths(scores.score)}
                  </td>
                </tr>
                {category.indicators.map((indicator, n) => {
                  const manual = indicator.rule === 'manual';
                  const label = indicator.name.trim() || FORM.indicatorRow(categoryName, n + 1);
                  return (
                    <tr key={indicator.id}>
                      <th scope="row">{label}</th>
                      <td class="ws-num">{manual ? FORM.manual : indicator.target}</td>
                      <td>
                        <NumberField
                          label={FIELD.actual}
                          labelHidden
                          srPrefix={`${name} ${label}`}
                          size={7}
                          value={actualOf(member, indicator.id)}
                          parse={manual ? MANUAL_INPUT : VALUE_INPUT}
                          placeholder={manual ? HINT.manualActual : undefined}
                          onInput={(value) =>
                            onChange(setActual(data, member.id, indicator.id, value))
                          }
                        />
                      </td>
                      <ScoreCell result={scores?.indicators[n]} />
                    </tr>
                  );
                })}
              </tbody>
            );
          })}
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {FORM.weightedTotal}
              </th>
              <td class="ws-num sc-grand">
                {result.total === null ? FORM.pending : FORM.points(formatHundredths(result.total))}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>

      <fieldset class="sc-interview">
        <legend>{FORM.interview}</legend>
        <TextField
          label={FIELD.interviewDate}
          srPrefix={name}
          type="date"
          value={member.interviewDate}
          onInput={(value) => set({ interviewDate: value })}
        />
        <TextArea
          label={FIELD.strengths}
          srPrefix={name}
          hint={HINT.strengths}
          value={member.strengths}
          class="sc-wide"
          onInput={(value) => set({ strengths: value })}
        />
        <TextArea
          label={FIELD.gaps}
          srPrefix={name}
          hint={HINT.gaps}
          value={member.gaps}
          class="sc-wide"
          onInput={(value) => set({ gaps: value })}
        />
        <TextArea
          label={FIELD.actions}
          srPrefix={name}
          hint={HINT.actions}
          value={member.actions}
          class="sc-wide"
          onInput={(value) => set({ actions: value })}
        />
        <p class="sc-signature sc-wide" aria-hidden="true">
          {FORM.signature}
        </p>
      </fieldset>
      <div class="ws-buttons">
        <button type="button" onClick={onPrint}>
          {FORM.printInterview(name)}
        </button>
        <button type="button" onClick={onRemove}>
          {FORM.removeMember(name)}
        </button>
      </div>
    </section>
  );
}

/** 阶段与赢单率: each stage's name and win rate (defaults from process/forecasting). */
import { useId } from 'preact/hooks';
import { TextField } from '../core/ui/fields';
import { NumberField } from '../core/ui/NumberField';
import { PROBABILITY_INPUT } from './money-input';
import { addStage, removeStage, stageInUse, updateStage, type PipelineData } from './model';
import { FORM, HINT } from './strings';

interface Props {
  data: PipelineData;
  readOnly: boolean;
  onChange(data: PipelineData): void;
}

export function StagesSection({ data, readOnly, onChange }: Props) {
  const id = useId();
  return (
    <fieldset class="pf-section" disabled={readOnly} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{FORM.stagesHeading}</h3>
      <p class="ws-hint">{HINT.probability}</p>
      <ol class="pf-stages">
        {data.stages.map((stage, i) => {
          const inUse = stageInUse(data, stage.id);
          return (
            <li key={stage.id} class="pf-stage">
              <TextField
                label={FORM.stageName}
                srPrefix={FORM.stageN(i + 1)}
                value={stage.name}
                onInput={(name) => onChange(updateStage(data, stage.id, { name }))}
              />
              <NumberField
                label={FORM.probability}
                srPrefix={stage.name || FORM.stageN(i + 1)}
                size={6}
                value={stage.probability}
                parse={PROBABILITY_INPUT}
                onInput={(probability) => onChange(updateStage(data, stage.id, { probability }))}
              />
              <button
                type="button"
                disabled={inUse || data.stages.length <= 1}
                title={inUse ? FORM.stageInUse : undefined}
                aria-label={`${FORM.removeStage}：${stage.name || FORM.stageN(i + 1)}`}
                onClick={() => onChange(removeStage(data, stage.id))}
              >
                {FORM.removeStage}
              </button>
            </li>
          );
        })}
      </ol>
      <div class="ws-buttons">
        <button type="button" onClick={() => onChange(addStage(data))}>
          {FORM.addStage}
        </button>
      </div>
    </fieldset>
  );
}

/**
 * 销售漏斗预测 worksheet island. The frame mounts it with `client:visible` and decides the
 * storage namespace; the hook does the rest (loading after hydration, autosave, other tabs,
 * flushing on pagehide, share links).
 */
import { frameOptions, type FrameProps } from '../core/ui/frame';
import { WorksheetShell } from '../core/ui/WorksheetShell';
import { useWorksheet } from '../core/ui/useWorksheet';
import { pipelineWorksheet } from './basics';
import { exampleData } from './model';
import { PipelineForm } from './PipelineForm';
import { EXAMPLE_TITLE, FORM, TITLE } from './strings';
import './pipeline-forecast.css';

export default function PipelineForecast(frame: FrameProps) {
  const ws = useWorksheet(
    pipelineWorksheet,
    frameOptions(frame, () => ({ data: exampleData(), title: EXAMPLE_TITLE })),
  );

  return (
    <WorksheetShell
      ws={ws}
      label={TITLE}
      locked={frame.locked}
      workshop={frame.workshop}
      sheets={() => import('./sheet').then((m) => m.pipelineSheets)}
    >
      {(doc, readOnly) => (
        <PipelineForm
          data={doc.data}
          readOnly={readOnly}
          onChange={(data) => ws.actions.update(data)}
          onLoadExample={() =>
            ws.actions.loadExample({
              data: exampleData(),
              title: EXAMPLE_TITLE,
              message: FORM.exampleInNewDoc,
            })
          }
        />
      )}
    </WorksheetShell>
  );
}

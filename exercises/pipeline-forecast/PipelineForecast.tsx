/**
 * 销售漏斗预测 worksheet island (core/ui/WorksheetIsland.tsx: the frame's options, the hook and the
 * shell). The frame mounts it with `client:visible` and decides the storage namespace.
 */
import type { FrameProps } from '../core/ui/frame';
import { WorksheetIsland } from '../core/ui/WorksheetIsland';
import { pipelineWorksheet } from './basics';
import { exampleData } from './model';
import { PipelineForm } from './PipelineForm';
import { EXAMPLE_TITLE, TITLE } from './strings';
import './pipeline-forecast.css';

export default function PipelineForecast(frame: FrameProps) {
  return (
    <WorksheetIsland
      frame={frame}
      worksheet={pipelineWorksheet}
      label={TITLE}
      example={() => ({ data: exampleData(), title: EXAMPLE_TITLE })}
      sheets={() => import('./sheet').then((m) => m.pipelineSheets)}
    >
      {(doc, readOnly, ws) => (
        <PipelineForm
          data={doc.data}
          readOnly={readOnly}
          onChange={(data) => ws.actions.update(data)}
          onLoadExample={ws.actions.loadExample}
        />
      )}
    </WorksheetIsland>
  );
}

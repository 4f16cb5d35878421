/**
 * 客户分级与流失预警 worksheet island (core/ui/WorksheetIsland.tsx: the frame's options, the
 * hook and the shell). The frame mounts it with `client:visible` and decides the storage
 * namespace.
 */
import type { FrameProps } from '../core/ui/frame';
import { WorksheetIsland } from '../core/ui/WorksheetIsland';
import { gradingWorksheet } from './basics';
import { GradingForm } from './GradingForm';
import { exampleData } from './model';
import { EXAMPLE_TITLE, TITLE } from './strings';
import './customer-grading.css';

export default function CustomerGrading(frame: FrameProps) {
  return (
    <WorksheetIsland
      frame={frame}
      worksheet={gradingWorksheet}
      label={TITLE}
      example={() => ({ data: exampleData(), title: EXAMPLE_TITLE })}
      sheets={() => import('./sheet').then((m) => m.gradingSheets)}
    >
      {(doc, readOnly, ws) => (
        <GradingForm
          data={doc.data}
          readOnly={readOnly}
          onChange={(data) => ws.actions.update(data)}
          onLoadExample={ws.actions.loadExample}
        />
      )}
    </WorksheetIsland>
  );
}

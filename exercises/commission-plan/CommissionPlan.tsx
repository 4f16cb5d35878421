/**
 * 提成方案测算 worksheet island (core/ui/WorksheetIsland.tsx: the frame's options, the hook and
 * the shell). The frame mounts it with `client:visible` and decides the storage namespace.
 */
import type { FrameProps } from '../core/ui/frame';
import { WorksheetIsland } from '../core/ui/WorksheetIsland';
import { commissionWorksheet } from './basics';
import { exampleData } from './model';
import { PlanForm } from './PlanForm';
import { EXAMPLE_TITLE, TITLE } from './strings';
import './commission-plan.css';

export default function CommissionPlan(frame: FrameProps) {
  return (
    <WorksheetIsland
      frame={frame}
      worksheet={commissionWorksheet}
      label={TITLE}
      example={() => ({ data: exampleData(), title: EXAMPLE_TITLE })}
      sheets={() => import('./sheet').then((m) => m.commissionSheets)}
    >
      {(doc, readOnly, ws) => (
        <PlanForm
          data={doc.data}
          readOnly={readOnly}
          onChange={(data) => ws.actions.update(data)}
          onLoadExample={ws.actions.loadExample}
        />
      )}
    </WorksheetIsland>
  );
}

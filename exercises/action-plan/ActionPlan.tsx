/**
 * 90 天行动计划 worksheet island (core/ui/WorksheetIsland.tsx: the frame's options, the hook
 * and the shell). The frame mounts it with `client:visible` and decides the storage namespace.
 */
import { toIsoDate } from '../core/dates';
import type { FrameProps } from '../core/ui/frame';
import { WorksheetIsland } from '../core/ui/WorksheetIsland';
import { actionPlanWorksheet } from './basics';
import { exampleFor } from './model';
import { PlanForm } from './PlanForm';
import { EXAMPLE_TEXT, TITLE } from './strings';
import './action-plan.css';

export default function ActionPlan(frame: FrameProps) {
  return (
    <WorksheetIsland
      frame={frame}
      worksheet={actionPlanWorksheet}
      label={TITLE}
      example={() => ({ data: exampleFor(toIsoDate(new Date())), title: EXAMPLE_TEXT.title })}
      sheets={() => import('./sheet').then((m) => m.actionPlanSheets)}
    >
      {(doc, readOnly, ws) => (
        <PlanForm
          data={doc.data}
          today={toIsoDate(ws.now())}
          readOnly={readOnly}
          onChange={(data) => ws.actions.update(data)}
          onLoadExample={ws.actions.loadExample}
        />
      )}
    </WorksheetIsland>
  );
}

/**
 * 90 天行动计划 worksheet island. The frame mounts it with `client:visible` and decides the
 * storage namespace; the hook does the rest (loading after hydration, autosave, other tabs,
 * flushing on pagehide, share links).
 */
import { toIsoDate } from '../core/dates';
import { frameOptions, type FrameProps } from '../core/ui/frame';
import { WorksheetShell } from '../core/ui/WorksheetShell';
import { useWorksheet } from '../core/ui/useWorksheet';
import { actionPlanWorksheet } from './basics';
import { exampleFor } from './model';
import { PlanForm } from './PlanForm';
import { DEFAULT_DOC_TITLE, EXAMPLE_TEXT, TITLE } from './strings';
import './action-plan.css';

export default function ActionPlan(frame: FrameProps) {
  const ws = useWorksheet(
    actionPlanWorksheet,
    frameOptions(frame, () => ({
      data: exampleFor(toIsoDate(new Date())),
      title: EXAMPLE_TEXT.title,
    })),
  );
  const today = toIsoDate(ws.now());

  return (
    <WorksheetShell
      ws={ws}
      label={TITLE}
      locked={frame.locked}
      workshop={frame.workshop}
      sheets={() => import('./sheet').then((m) => m.actionPlanSheets)}
    >
      {(doc, readOnly) => (
        <PlanForm
          data={doc.data}
          today={today}
          readOnly={readOnly}
          onChange={(data) => ws.actions.update(data)}
          onLoadExample={() =>
            ws.actions.loadExample({
              data: exampleFor(today),
              title: EXAMPLE_TEXT.title,
              // A blank plan the learner has named keeps its name.
              blankTitle: (d) => (d.title === DEFAULT_DOC_TITLE ? EXAMPLE_TEXT.title : undefined),
            })
          }
        />
      )}
    </WorksheetShell>
  );
}

/**
 * SMART goal worksheet island. The frame mounts it with `client:visible` and decides the
 * storage namespace; the hook does the rest (loading after hydration, autosave, other
 * tabs, flushing on pagehide, share links).
 */
import { toIsoDate } from '../core/dates';
import { frameOptions, type FrameProps } from '../core/ui/frame';
import { WorksheetShell } from '../core/ui/WorksheetShell';
import { useWorksheet } from '../core/ui/useWorksheet';
import { smartGoalWorksheet } from './basics';
import { exampleFor, followTitle } from './model';
import { SmartGoalForm } from './SmartGoalForm';
import { DEFAULT_DOC_TITLE, EXAMPLE_TEXT, TITLE } from './strings';
import './smart-goal.css';

export default function SmartGoal(frame: FrameProps) {
  const ws = useWorksheet(
    smartGoalWorksheet,
    frameOptions(frame, () => {
      const data = exampleFor(toIsoDate(new Date()));
      return { data, title: data.name.trim() || EXAMPLE_TEXT.name };
    }),
  );
  const today = toIsoDate(ws.now());

  return (
    <WorksheetShell
      ws={ws}
      label={TITLE}
      locked={frame.locked}
      workshop={frame.workshop}
      sheets={() => import('./sheet').then((m) => m.smartGoalSheets)}
    >
      {(doc, readOnly) => (
        <SmartGoalForm
          data={doc.data}
          today={today}
          readOnly={readOnly}
          onChange={(data) => {
            const title = followTitle(doc.title, doc.data, data, DEFAULT_DOC_TITLE);
            ws.actions.update(data, title ?? undefined);
          }}
          onLoadExample={() => {
            const example = exampleFor(today);
            ws.actions.loadExample({
              data: example,
              title: EXAMPLE_TEXT.name,
              // The title follows the goal's name, as when typing it.
              blankTitle: (d) =>
                followTitle(d.title, d.data, example, DEFAULT_DOC_TITLE) ?? undefined,
            });
          }}
        />
      )}
    </WorksheetShell>
  );
}

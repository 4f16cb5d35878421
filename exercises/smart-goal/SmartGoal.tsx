/**
 * SMART goal worksheet island (core/ui/WorksheetIsland.tsx: the frame's options, the hook and
 * the shell). The frame mounts it with `client:visible` and decides the storage namespace.
 */
import { toIsoDate } from '../core/dates';
import type { FrameProps } from '../core/ui/frame';
import { WorksheetIsland } from '../core/ui/WorksheetIsland';
import { smartGoalWorksheet } from './basics';
import { exampleFor } from './model';
import { SmartGoalForm } from './SmartGoalForm';
import { EXAMPLE_TEXT, TITLE } from './strings';
import './smart-goal.css';

/** The worked example, with its dates after today (so that it passes the checks). */
function example() {
  const data = exampleFor(toIsoDate(new Date()));
  return { data, title: data.name.trim() || EXAMPLE_TEXT.name };
}

export default function SmartGoal(frame: FrameProps) {
  return (
    <WorksheetIsland
      frame={frame}
      worksheet={smartGoalWorksheet}
      label={TITLE}
      example={example}
      sheets={() => import('./sheet').then((m) => m.smartGoalSheets)}
    >
      {(doc, readOnly, ws) => (
        <SmartGoalForm
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

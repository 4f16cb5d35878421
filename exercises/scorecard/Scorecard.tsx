/**
 * 绩效计分卡 worksheet island. The frame mounts it with `client:visible` and decides the
 * storage namespace; the hook does the rest (loading after hydration, autosave, other tabs,
 * flushing on pagehide, share links).
 */
import { frameOptions, type FrameProps } from '../core/ui/frame';
import { WorksheetShell } from '../core/ui/WorksheetShell';
import { useWorksheet } from '../core/ui/useWorksheet';
import { scorecardWorksheet } from './basics';
import { exampleData } from './model';
import { ScorecardForm } from './ScorecardForm';
import { EXAMPLE_TITLE, TITLE } from './strings';
import './scorecard.css';

export default function Scorecard(frame: FrameProps) {
  const ws = useWorksheet(
    scorecardWorksheet,
    frameOptions(frame, () => ({ data: exampleData(), title: EXAMPLE_TITLE })),
  );

  return (
    <WorksheetShell
      ws={ws}
      label={TITLE}
      locked={frame.locked}
      workshop={frame.workshop}
      sheets={() => import('./sheet').then((m) => m.scorecardSheets)}
    >
      {(doc, readOnly) => (
        <ScorecardForm
          data={doc.data}
          readOnly={readOnly}
          onChange={(data) => ws.actions.update(data)}
          onLoadExample={() =>
            ws.actions.loadExample({ data: exampleData(), title: EXAMPLE_TITLE })
          }
        />
      )}
    </WorksheetShell>
  );
}

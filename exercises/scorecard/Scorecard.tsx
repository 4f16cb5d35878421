/**
 * 绩效计分卡 worksheet island (core/ui/WorksheetIsland.tsx: the frame's options, the hook and the
 * shell). The frame mounts it with `client:visible` and decides the storage namespace.
 */
import type { FrameProps } from '../core/ui/frame';
import { WorksheetIsland } from '../core/ui/WorksheetIsland';
import { scorecardWorksheet } from './basics';
import { exampleData } from './model';
import { ScorecardForm } from './ScorecardForm';
import { EXAMPLE_TITLE, TITLE } from './strings';
import './scorecard.css';

export default function Scorecard(frame: FrameProps) {
  return (
    <WorksheetIsland
      frame={frame}
      worksheet={scorecardWorksheet}
      label={TITLE}
      example={() => ({ data: exampleData(), title: EXAMPLE_TITLE })}
      sheets={() => import('./sheet').then((m) => m.scorecardSheets)}
    >
      {(doc, readOnly, ws) => (
        <ScorecardForm
          data={doc.data}
          readOnly={readOnly}
          onChange={(data) => ws.actions.update(data)}
          onLoadExample={ws.actions.loadExample}
        />
      )}
    </WorksheetIsland>
  );
}

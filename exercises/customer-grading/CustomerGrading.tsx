/**
 * 客户分级与流失预警 worksheet island. The frame mounts it with `client:visible` and decides the
 * storage namespace; the hook does the rest (loading after hydration, autosave, other tabs,
 * flushing on pagehide, share links).
 */
import { frameOptions, type FrameProps } from '../core/ui/frame';
import { WorksheetShell } from '../core/ui/WorksheetShell';
import { useWorksheet } from '../core/ui/useWorksheet';
import { gradingWorksheet } from './basics';
import { GradingForm } from './GradingForm';
import { exampleData, isBlank } from './model';
import { EXAMPLE_TITLE, FORM, TITLE } from './strings';
import './customer-grading.css';

export default function CustomerGrading(frame: FrameProps) {
  const ws = useWorksheet(
    gradingWorksheet,
    frameOptions(frame, () => ({ data: exampleData(), title: EXAMPLE_TITLE })),
  );

  return (
    <WorksheetShell
      ws={ws}
      label={TITLE}
      locked={frame.locked}
      workshop={frame.workshop}
      sheets={() => import('./sheet').then((m) => m.gradingSheets)}
    >
      {(doc, readOnly) => (
        <GradingForm
          data={doc.data}
          readOnly={readOnly}
          onChange={(data) => ws.actions.update(data)}
          onLoadExample={() => {
            // Never overwrite someone's work: a filled sheet gets the example as a new document.
            if (isBlank(doc.data)) ws.actions.update(exampleData(), EXAMPLE_TITLE);
            else ws.actions.createWith(exampleData(), EXAMPLE_TITLE, FORM.exampleInNewDoc);
          }}
        />
      )}
    </WorksheetShell>
  );
}

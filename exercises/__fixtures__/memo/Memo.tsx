/** The memo worksheet: two fields in the worksheet shell. */
import type { FrameProps } from '../../core/ui/frame';
import { TextArea, TextField } from '../../core/ui/fields';
import { WorksheetShell } from '../../core/ui/WorksheetShell';
import { useWorksheet } from '../../core/ui/useWorksheet';
import { memoWorksheet } from './basics';
import { FIELD, TITLE } from './strings';

export default function Memo(frame: FrameProps) {
  const ws = useWorksheet(memoWorksheet, { namespace: frame.namespace, hold: frame.hold });
  return (
    <WorksheetShell
      ws={ws}
      label={TITLE}
      locked={frame.locked}
      workshop={frame.workshop}
      sheets={() => import('./sheet').then((m) => m.memoSheets)}
    >
      {(doc, readOnly) => (
        <>
          <TextField
            label={FIELD.topic}
            value={doc.data.topic}
            disabled={readOnly}
            onInput={(topic) => ws.actions.update((d) => ({ ...d, topic }))}
          />
          <TextArea
            label={FIELD.notes}
            value={doc.data.notes}
            disabled={readOnly}
            onInput={(notes) => ws.actions.update((d) => ({ ...d, notes }))}
          />
        </>
      )}
    </WorksheetShell>
  );
}

/** The memo worksheet: two fields in the worksheet shell. */
import type { FrameProps } from '../../core/ui/frame';
import { TextArea, TextField } from '../../core/ui/fields';
import { WorksheetIsland } from '../../core/ui/WorksheetIsland';
import { memoWorksheet } from './basics';
import { exampleData } from './model';
import { FIELD, TITLE } from './strings';

export default function Memo(frame: FrameProps) {
  return (
    <WorksheetIsland
      frame={frame}
      worksheet={memoWorksheet}
      label={TITLE}
      example={() => ({ data: exampleData(), title: exampleData().topic })}
      sheets={() => import('./sheet').then((m) => m.memoSheets)}
    >
      {(doc, readOnly, ws) => (
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
    </WorksheetIsland>
  );
}

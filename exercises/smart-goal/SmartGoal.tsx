/**
 * SMART goal worksheet island. The frame mounts it with `client:visible` and decides the
 * storage namespace; the hook does the rest (loading after hydration, autosave, other
 * tabs, flushing on pagehide, share links).
 */
import { toIsoDate } from '../core/dates';
import { WorksheetShell } from '../core/ui/WorksheetShell';
import { useWorksheet } from '../core/ui/useWorksheet';
import { smartGoalDefinition } from './definition';
import { exampleFor, followTitle, isBlank } from './model';
import { SmartGoalForm } from './SmartGoalForm';
import { DEFAULT_DOC_TITLE, EXAMPLE_TEXT, FORM, TITLE } from './strings';
import './smart-goal.css';

interface Props {
  /** Storage namespace, e.g. a workshop code; default `default`. */
  namespace?: string;
}

export default function SmartGoal({ namespace }: Props) {
  const ws = useWorksheet(smartGoalDefinition, { namespace });
  const today = toIsoDate(ws.now());

  return (
    <WorksheetShell ws={ws} label={TITLE}>
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
            // Never overwrite someone's work: a filled form gets the example as a new document.
            if (isBlank(doc.data)) {
              const title = followTitle(doc.title, doc.data, example, DEFAULT_DOC_TITLE);
              ws.actions.update(example, title ?? undefined);
            } else {
              ws.actions.createWith(example, EXAMPLE_TEXT.name, FORM.exampleInNewDoc);
            }
          }}
        />
      )}
    </WorksheetShell>
  );
}

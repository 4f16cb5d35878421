/** The composed goal statement with a 复制 button. */
import { useId, useState } from 'preact/hooks';
import { copyText } from '../core/ui/browser';
import { STATEMENT } from './checks-strings';

export function StatementBox({ statement }: { statement: string }) {
  const id = useId();
  const [feedback, setFeedback] = useState('');
  return (
    <section class="sg-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{STATEMENT.heading}</h3>
      <p class="sg-statement" data-testid="statement">
        {statement || <span class="ws-hint ws-pending">{STATEMENT.empty}</span>}
      </p>
      <div class="ws-buttons">
        <button
          type="button"
          disabled={!statement}
          onClick={async () =>
            setFeedback((await copyText(statement)) ? STATEMENT.copied : STATEMENT.copyFailed)
          }
        >
          {STATEMENT.copy}
        </button>
        <span class="ws-hint" role="status" aria-live="polite">
          {feedback}
        </span>
      </div>
    </section>
  );
}

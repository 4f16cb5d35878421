/** The live S/M/A/R/T check list. Status is written out, not shown by colour alone. */
import { useId } from 'preact/hooks';
import { ExampleWarning } from '../core/ui/ExampleWarning';
import { LETTERS, type SmartCheck } from './checks';
import { CHECK } from './checks-strings';
import { LETTER_NAME, STATUS_LABEL } from './strings';

const ICON = { ok: '✓', warn: '!', missing: '○' } as const;

export function SmartChecklist({
  check,
  leftovers = [],
}: {
  check: SmartCheck;
  /** Names of what still holds the worked example. */
  leftovers?: readonly string[];
}) {
  const id = useId();
  return (
    <section class="sg-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{CHECK.heading}</h3>
      <ExampleWarning left={leftovers} />
      <ul class="sg-checks">
        {LETTERS.map((letter) => {
          const { status, reason } = check[letter];
          return (
            <li key={letter} class={`sg-check sg-${status}`}>
              <span class="sg-letter" aria-hidden="true">
                {letter}
              </span>
              <div>
                <p>
                  <strong>{LETTER_NAME[letter]}</strong>{' '}
                  <span class={status === 'missing' ? 'sg-status ws-pending' : 'sg-status'}>
                    <span aria-hidden="true">{ICON[status]} </span>
                    {STATUS_LABEL[status]}
                  </span>
                </p>
                <p class={status === 'missing' ? 'ws-pending' : undefined}>{reason}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

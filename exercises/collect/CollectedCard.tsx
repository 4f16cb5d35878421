/** One participant's document in the side-by-side view: its title and what it says. */
import type { ComponentType } from 'preact';
import { useId } from 'preact/hooks';
import type { WorksheetDocument } from '../core/document';
import { COLLECT_TEXT as T } from './strings';

interface Props {
  doc: WorksheetDocument<unknown>;
  n: number;
  Body: ComponentType<{ data: unknown }>;
  onRemove(): void;
}

export function CollectedCard({ doc, n, Body, onRemove }: Props) {
  const id = useId();
  return (
    <article class="collect-card" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{T.docName(n, doc.title)}</h3>
      <Body data={doc.data} />
      <span class="collect-buttons collect-no-print">
        <button type="button" onClick={onRemove} aria-label={T.remove(T.docName(n, doc.title))}>
          移除
        </button>
      </span>
    </article>
  );
}

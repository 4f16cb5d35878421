/** One participant's document in the side-by-side view: its title and what it says. */
import type { ComponentType } from 'preact';
import { useId } from 'preact/hooks';
import type { WorksheetDocument } from '../core/document';
import { COLLECT_TEXT as T } from './strings';

interface Props {
  doc: WorksheetDocument<unknown>;
  n: number;
  /** How many collected documents carry this document's author name (1: only this one). */
  sameAuthor: number;
  Body: ComponentType<{ data: unknown }>;
  onRemove(): void;
}

export function CollectedCard({ doc, n, sameAuthor, Body, onRemove }: Props) {
  const id = useId();
  const author = doc.author?.trim() || T.unsigned;
  return (
    <article class="collect-card" aria-labelledby={`${id}-h`} aria-describedby={`${id}-by`}>
      <h3 id={`${id}-h`}>{T.docName(n, doc.title)}</h3>
      <p id={`${id}-by`} class="collect-byline">
        {T.byline(author, doc.updatedAt.slice(0, 10))}
      </p>
      {sameAuthor > 1 && (
        <p class="collect-flag">
          <span aria-hidden="true">⚠ </span>
          {T.sameAuthor(author, sameAuthor)}
        </p>
      )}
      <Body data={doc.data} />
      <span class="collect-buttons collect-no-print">
        <button type="button" onClick={onRemove} aria-label={T.remove(T.docName(n, doc.title))}>
          移除
        </button>
      </span>
    </article>
  );
}

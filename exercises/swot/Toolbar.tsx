/**
 * 载入示例, 复制为 Markdown and 打印空白表. When the browser refuses the clipboard, the
 * Markdown is shown in a read-only text box, selected, to copy by hand. The Markdown code
 * loads on first use (fetched ahead when the pointer or focus reaches the button).
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { SHELL_TEXT } from '../core/strings';
import { copyText } from '../core/ui/browser';
import type { SwotData } from './schema';
import { ACTIONS } from './strings';

const loadMarkdown = () => import('./markdown');

interface Props {
  doc: { title: string; data: SwotData };
  readOnly: boolean;
  onLoadExample(): void;
  onBlank(): void;
}

export function Toolbar({ doc, readOnly, onLoadExample, onBlank }: Props) {
  const id = useId();
  const [feedback, setFeedback] = useState('');
  const [manual, setManual] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (manual !== null) box.current?.select();
  }, [manual]);

  const copy = async () => {
    let markdown: string;
    try {
      markdown = (await loadMarkdown()).toMarkdown(doc);
    } catch {
      setManual(null);
      setFeedback(SHELL_TEXT.loadFailed);
      return;
    }
    if (await copyText(markdown)) {
      setManual(null);
      setFeedback(ACTIONS.copied);
    } else {
      setManual(markdown);
      setFeedback(ACTIONS.copyFailed);
    }
  };

  return (
    <div class="swot-toolbar">
      <div class="ws-buttons">
        <button type="button" disabled={readOnly} onClick={onLoadExample}>
          {ACTIONS.loadExample}
        </button>
        <button
          type="button"
          onPointerEnter={() => void loadMarkdown().catch(() => {})}
          onFocus={() => void loadMarkdown().catch(() => {})}
          onClick={() => void copy()}
        >
          {ACTIONS.markdown}
        </button>
        <button type="button" data-focus="blank" onClick={onBlank}>
          {ACTIONS.blank}
        </button>
      </div>
      <p class="ws-hint" role="status" aria-live="polite">
        {feedback}
      </p>
      {manual !== null && (
        <div class="ws-field">
          <label for={`${id}-md`} class="ws-label">
            {ACTIONS.manualLabel}
          </label>
          <textarea id={`${id}-md`} ref={box} rows={8} readOnly value={manual} />
        </div>
      )}
    </div>
  );
}

/**
 * Shown inside an in-app browser (微信 and the like, see core/in-app.ts): the risks in one line,
 * 复制分享链接 as the way to hand work in, and how to open the page in the phone's browser.
 */
import { useId, useState } from 'preact/hooks';
import type { WorksheetMessage } from '../controller';
import { IN_APP_TEXT as T } from '../in-app-strings';
import { inAppName } from '../in-app';
import type { ShareLinkResult } from '../share';
import { copyShareLink, LinkField, MessageLine } from './TransferBar';

interface Props {
  userAgent: string;
  ready: boolean;
  onShareLink(): Promise<ShareLinkResult>;
}

export function InAppNotice({ userAgent, ready, onShareLink }: Props) {
  const id = useId();
  const [link, setLink] = useState<string | null>(null);
  const [message, setMessage] = useState<WorksheetMessage | null>(null);
  const app = inAppName(userAgent);
  if (!app) return null;
  return (
    <div class="ws-notice ws-notice-warn ws-inapp" role="group" aria-labelledby={`${id}-h`}>
      <p id={`${id}-h`}>
        <strong>{T.heading(app)}</strong>
      </p>
      <p>{T.risk(app)}</p>
      <p>{T.handIn}</p>
      <span class="ws-buttons">
        <button
          type="button"
          disabled={!ready}
          onClick={async () => {
            const result = await copyShareLink(onShareLink);
            setLink(result.url);
            setMessage(result.message);
          }}
        >
          {T.copy}
        </button>
      </span>
      {link && <LinkField label={T.linkLabel} link={link} />}
      <MessageLine message={message} />
      <p>{T.openInBrowser}</p>
    </div>
  );
}

/**
 * The 嵌入与分享 panel, brought to life on first open (it is loaded on demand): fills in the
 * students' link, the iframe snippet and the QR code from the current address and the
 * workshop code, keeps them in step as the options change, copies with an announcement, and
 * shows the QR code full screen for a projector.
 */
import { copyText } from '../../exercises/core/ui/browser';
import { pageLink, siteBase } from '../course/base';
import { embedQuery, parseWorkshopCode } from '../../exercises/core/workshop';
import { workshopCodeMessage } from '../../exercises/core/workshop-strings';
import { embedSnippet, resizeScriptUrl, siteRoot } from './links';
import { qrSvg } from './qr';
import { PANEL_TEXT as T } from './strings';

function part<E extends HTMLElement>(panel: HTMLElement, name: string): E {
  const el = panel.querySelector<E>(`[data-part="${name}"]`);
  if (!el) throw new Error(`embed panel: missing ${name}`);
  return el;
}

export function mountPanel(panel: HTMLElement): void {
  if (panel.dataset.mounted) return;
  panel.dataset.mounted = 'true';
  const id = panel.dataset.embedWorksheet ?? '';
  const title = panel.dataset.title ?? '';
  const root = siteRoot(window.location.origin, siteBase());

  const code = part<HTMLInputElement>(panel, 'code');
  const codeError = part<HTMLElement>(panel, 'code-error');
  const example = part<HTMLInputElement>(panel, 'example');
  const locked = part<HTMLInputElement>(panel, 'lock');
  const link = part<HTMLAnchorElement>(panel, 'link');
  const snippet = part<HTMLTextAreaElement>(panel, 'snippet');
  const status = part<HTMLElement>(panel, 'status');
  const qr = part<HTMLElement>(panel, 'qr');
  const dialog = part<HTMLDialogElement>(panel, 'dialog');
  const bigQr = part<HTMLElement>(panel, 'big-qr');
  const bigLink = part<HTMLElement>(panel, 'big-link');
  let lastCode: string | null = null;

  function render() {
    const parsed = parseWorkshopCode(code.value);
    if (parsed.ok) lastCode = parsed.code;
    code.setAttribute('aria-invalid', String(!parsed.ok));
    codeError.hidden = parsed.ok;
    codeError.textContent = parsed.ok ? '' : `${workshopCodeMessage(parsed)}${T.codeKept}`;

    const url = pageLink(
      `${root}embed/${id}/${embedQuery({
        code: lastCode,
        example: example.checked,
        locked: locked.checked,
      })}`,
    );
    link.href = url;
    link.textContent = url;
    snippet.value = embedSnippet({ src: url, title, script: resizeScriptUrl(root) });
    const { svg } = qrSvg(url, T.qrLabel(url));
    qr.innerHTML = svg;
    bigQr.innerHTML = svg;
    bigLink.textContent = url;
  }

  async function copyFrom(text: string, done: string, select: () => void) {
    const ok = await copyText(text);
    if (!ok) select();
    status.textContent = ok ? done : T.copyManually;
  }

  for (const input of [code, example, locked]) input.addEventListener('input', render);
  part(panel, 'copy-snippet').addEventListener('click', () =>
    copyFrom(snippet.value, T.copied.snippet, () => snippet.select()),
  );
  part(panel, 'copy-link').addEventListener('click', () =>
    copyFrom(link.href, T.copied.link, () => window.getSelection()?.selectAllChildren(link)),
  );
  part(panel, 'fullscreen').addEventListener('click', () => dialog.showModal());
  part(panel, 'close').addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it too.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  render();
}

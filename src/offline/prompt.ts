/**
 * 课程已更新: shown when a new build of the course has been downloaded and waits. The learner
 * reloads when it suits them (never in the middle of a workshop by itself); worksheet data is
 * in the browser's storage, which an update does not touch.
 */
import { OFFLINE_TEXT as T } from './strings';

let shown = false;

export function showUpdatePrompt(registration: ServiceWorkerRegistration) {
  if (shown || !registration.waiting) return;
  shown = true;
  const box = document.createElement('div');
  box.className = 'course-update course-no-print';
  box.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = T.updated;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = T.reload;
  const later = document.createElement('button');
  later.type = 'button';
  later.textContent = T.later;
  later.className = 'course-update-later';
  reload.addEventListener('click', () => {
    const waiting = registration.waiting;
    reload.disabled = true;
    if (!waiting) return location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
      once: true,
    });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  later.addEventListener('click', () => box.remove());
  box.append(text, reload, later);
  style(box, text, [reload, later]);
  document.body.append(box);
}

/**
 * Styles set through the DOM (the embed and print pages have no Starlight stylesheet, and the
 * content security policy allows no style attribute in markup): a bar at the foot of the
 * screen, in the site's colours where they exist.
 */
function style(box: HTMLElement, text: HTMLElement, buttons: HTMLButtonElement[]) {
  Object.assign(box.style, {
    position: 'fixed',
    insetInline: '0.75rem',
    bottom: '0.75rem',
    zIndex: '1000',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '0.5rem 0.75rem',
    maxWidth: '40rem',
    marginInline: 'auto',
    padding: '0.75rem 1rem',
    border: '2px solid var(--sl-color-accent, #1d4ed8)',
    borderRadius: '0.5rem',
    background: 'var(--sl-color-bg, #fff)',
    color: 'var(--sl-color-white, #111)',
    boxShadow: '0 4px 16px rgb(0 0 0 / 25%)',
    font: 'inherit',
  });
  Object.assign(text.style, { margin: '0', flex: '1 1 16rem' });
  for (const b of buttons)
    Object.assign(b.style, {
      minHeight: '2.75rem',
      padding: '0.375rem 1rem',
      border: '1px solid currentColor',
      borderRadius: '999rem',
      background: 'transparent',
      color: 'inherit',
      font: 'inherit',
      cursor: 'pointer',
    });
}

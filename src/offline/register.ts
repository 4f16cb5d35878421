/**
 * Offline use in the browser: registers the service worker (public build only) once the page
 * has loaded and the browser is idle, and watches for a new build. When one is ready it loads
 * the 课程已更新 prompt (prompt.ts); nothing reloads until the learner chooses to.
 * Kept tiny: it ships on every page.
 */
/** Not in the LMS package (npm run package:lms): there the LMS serves the course, offline use is off. */
const LMS_PACKAGE = import.meta.env.PUBLIC_LMS_PACKAGE === true;

function whenIdle(run: () => void) {
  const later = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(run, { timeout: 5000 })
      : setTimeout(run, 2000);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}

function offerUpdate(registration: ServiceWorkerRegistration) {
  void import('./prompt').then((m) => m.showUpdatePrompt(registration)).catch(() => {});
}

function watch(registration: ServiceWorkerRegistration) {
  // A new build is waiting only when an older one controls this page (not on the first visit).
  const ready = () => registration.waiting && navigator.serviceWorker.controller;
  if (ready()) offerUpdate(registration);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && ready()) offerUpdate(registration);
    });
  });
}

if (import.meta.env.PROD && !LMS_PACKAGE && 'serviceWorker' in navigator) {
  const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  whenIdle(() => {
    navigator.serviceWorker
      .register(`${BASE}sw.js`, { scope: BASE })
      .then(watch)
      // Blocked (private mode, a sandboxed frame, storage off): the site works online as before.
      .catch(() => {});
  });
}

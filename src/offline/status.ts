/**
 * 离线使用 on 学习进度: counts which of the build's files (offline-files.json, written with the
 * service worker by build.mjs) this browser has cached, says so, and offers to download the
 * rest into the cache the service worker reads for files it does not precache.
 */
import { EXTRA_CACHE, missingFiles, offlineSummary, type OfflineFile } from './model';
import { OFFLINE_TEXT as T } from './strings';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/**
 * Whether a file is in any of the site's caches: the precache keeps a page under its
 * `…/index.html` (with a revision in the query), the run-time cache under the address it was
 * opened by (`…/`).
 */
async function isCached(url: string): Promise<boolean> {
  const options = { ignoreSearch: true };
  if (await caches.match(url, options)) return true;
  return url.endsWith('/') && Boolean(await caches.match(`${url}index.html`, options));
}

async function cachedUrls(files: readonly OfflineFile[]): Promise<Set<string>> {
  const have = new Set<string>();
  await Promise.all(
    files.map(async (f) => {
      if (await isCached(f.url)) have.add(f.url);
    }),
  );
  return have;
}

export function setUpOfflineSection(root: HTMLElement) {
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
  const button = root.querySelector<HTMLButtonElement>('[data-offline-download]')!;
  const bar = root.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
  root.hidden = false;
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    status.textContent = T.unsupported;
    return;
  }
  let files: OfflineFile[] = [];
  // The build's file list, fetched once (a failed attempt is tried again on the next check).
  let list: Promise<OfflineFile[]> | null = null;
  const loadList = () =>
    (list ??= fetch(`${BASE}offline-files.json`)
      .then(async (res) => ((await res.json()) as { files: OfflineFile[] }).files)
      .catch((error: unknown) => {
        list = null;
        throw error;
      }));

  const check = async () => {
    const controlled = Boolean(navigator.serviceWorker.controller);
    try {
      files = await loadList();
    } catch {
      status.textContent = T.listFailed;
      return;
    }
    const have = await cachedUrls(files);
    const summary = offlineSummary(files, have);
    status.textContent = controlled ? T.status(summary) : T.preparing;
    button.hidden = !controlled || summary.missing === 0;
  };

  button.addEventListener('click', async () => {
    button.disabled = true;
    const todo = missingFiles(files, await cachedUrls(files));
    bar.hidden = false;
    bar.max = todo.reduce((n, f) => n + f.size, 0) || 1;
    let done = 0;
    let failed = 0;
    for (const file of todo) {
      try {
        const res = await fetch(file.url, { cache: 'no-cache' });
        // Kept here rather than left to the service worker, which writes its copy after the
        // answer has come back: when this loop ends, every file it fetched is in the cache.
        if (res.ok) await (await caches.open(EXTRA_CACHE)).put(file.url, res);
        else failed++;
      } catch {
        failed++;
      }
      done += file.size;
      bar.value = done;
      status.textContent = T.downloading(done, bar.max);
    }
    bar.hidden = true;
    button.disabled = false;
    await check();
    if (failed) status.textContent += T.someFailed(failed);
  });

  // Checked now, and again when the service worker takes the page (the first visit).
  navigator.serviceWorker.addEventListener('controllerchange', () => void check());
  void check();
}

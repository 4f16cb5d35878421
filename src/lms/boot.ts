/**
 * On every page (with offline use, in the head, which every page loads): look for an LMS's
 * SCORM API (find-api.ts). On the website there is none and nothing else happens — no
 * request, no error. Inside an LMS the runtime is loaded; if it cannot load, the course goes
 * on as a website.
 */
import { findApi, type WindowLike } from './find-api';

const found = findApi(window as unknown as WindowLike);
if (found) import('./runtime').then((m) => m.run(found)).catch(() => {});

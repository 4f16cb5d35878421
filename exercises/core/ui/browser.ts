/**
 * The few browser APIs the worksheet UI touches, each guarded. Only called from effects
 * and event handlers, never while rendering (islands are rendered on the server first).
 */
import type { WorksheetLocation } from '../controller';

/** Offer `text` as a file download. */
export function downloadText(file: { filename: string; text: string; mimeType: string }): void {
  downloadBlob(new Blob([file.text], { type: `${file.mimeType};charset=utf-8` }), file.filename);
}

/** Offer a blob (e.g. the bytes of a spreadsheet) as a file download. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Safari needs the URL a moment longer than the click.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copy to the clipboard; false when the browser refuses (no permission, insecure page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The page address as the controller needs it. */
export function browserLocation(): WorksheetLocation {
  return {
    get hash() {
      return window.location.hash;
    },
    get href() {
      return window.location.href;
    },
    clearHash() {
      try {
        const { pathname, search } = window.location;
        window.history.replaceState(window.history.state, '', `${pathname}${search}`);
      } catch {
        // Some sandboxed frames forbid history changes; the hash then simply stays.
      }
    },
  };
}

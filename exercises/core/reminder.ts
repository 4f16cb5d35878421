/**
 * When to remind a learner to export: browsers such as Safari may delete a site's storage
 * after 7 days without a visit, so documents that live only in this browser are at risk.
 */
import type { WorksheetDocument } from './document';
import type { StoreMeta } from './store';

/** Remind once a never-exported document is this many days old. */
export const REMIND_AFTER_DAYS = 3;
/** A dismissed reminder stays quiet this long. */
export const REMIND_AGAIN_AFTER_DAYS = 30;

const DAY = 86_400_000;

/** True when some document older than REMIND_AFTER_DAYS was never exported. */
export function needsExportReminder(
  docs: readonly WorksheetDocument<unknown>[],
  meta: StoreMeta,
  now: Date,
): boolean {
  const t = now.getTime();
  if (meta.reminderDismissedAt) {
    const dismissed = Date.parse(meta.reminderDismissedAt);
    if (Number.isFinite(dismissed) && t - dismissed < REMIND_AGAIN_AFTER_DAYS * DAY) return false;
  }
  return docs.some((doc) => {
    if (meta.exported[doc.id]) return false;
    const created = Date.parse(doc.createdAt);
    return Number.isFinite(created) && t - created >= REMIND_AFTER_DAYS * DAY;
  });
}

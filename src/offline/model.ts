/** Offline use, the pure part: what this device has of the build's files, in words and MB. */

/**
 * The cache of files not precached (the whole-course 讲义版, and anything the precache lacks):
 * filled by the service worker when such a file is opened, and by 下载全部课程. The same name
 * is given to the service worker in build.mjs.
 */
export const EXTRA_CACHE = 'smc-offline-extra';

export interface OfflineFile {
  url: string;
  size: number;
}

export interface OfflineSummary {
  total: number;
  cached: number;
  missing: number;
  /** Bytes still to download. */
  missingBytes: number;
}

export function missingFiles(files: readonly OfflineFile[], have: ReadonlySet<string>) {
  return files.filter((f) => !have.has(f.url));
}

export function offlineSummary(
  files: readonly OfflineFile[],
  have: ReadonlySet<string>,
): OfflineSummary {
  const missing = missingFiles(files, have);
  return {
    total: files.length,
    cached: files.length - missing.length,
    missing: missing.length,
    missingBytes: missing.reduce((n, f) => n + f.size, 0),
  };
}

/** Bytes as MB with one decimal, never 0.0 for something (「约 0.1 MB」 at least). */
export function megabytes(bytes: number): string {
  if (bytes <= 0) return '0';
  return Math.max(0.1, Math.round(bytes / 104857.6) / 10).toFixed(1);
}

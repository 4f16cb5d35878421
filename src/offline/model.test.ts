import { describe, expect, it } from 'vitest';
import { megabytes, missingFiles, offlineSummary } from './model';
import { OFFLINE_TEXT as T } from './strings';

const FILES = [
  { url: '/course/', size: 40_000 },
  { url: '/course/role/role/', size: 60_000 },
  { url: '/course/print/', size: 1_336_000 },
];

describe('offline summary', () => {
  it('counts what this device holds and what is left, in files and MB', () => {
    const have = new Set(['/course/', '/course/role/role/']);
    expect(missingFiles(FILES, have).map((f) => f.url)).toEqual(['/course/print/']);
    const summary = offlineSummary(FILES, have);
    expect(summary).toEqual({ total: 3, cached: 2, missing: 1, missingBytes: 1_336_000 });
    // 1,336,000 bytes = 1.27 MB
    expect(T.status(summary)).toBe(
      '本设备已保存 2 / 3 个文件，还差 1 个（约 1.3 MB）。下载后，没有网络时也能使用全部内容。',
    );
  });

  it('says the whole course is here when nothing is missing', () => {
    const summary = offlineSummary(FILES, new Set(FILES.map((f) => f.url)));
    expect(T.status(summary)).toBe('本设备已保存全部课程（3 个文件），没有网络时也能使用。');
  });

  it('never rounds something down to 0.0 MB', () => {
    expect(megabytes(0)).toBe('0');
    expect(megabytes(2_000)).toBe('0.1');
    expect(megabytes(8_100_000)).toBe('7.7');
  });
});

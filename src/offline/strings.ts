/** Chinese text of offline use: the update prompt and the offline status on 学习进度. */
import { megabytes, type OfflineSummary } from './model';

export const OFFLINE_TEXT = {
  updated: '课程已更新。重新载入后看到新版本；你填写的练习和学习进度不受影响。',
  reload: '重新载入',
  later: '稍后',
  unsupported: '这个浏览器不支持离线保存课程，需要联网使用。',
  preparing: '正在为离线使用做准备：浏览器正在后台保存课程，请保持联网，稍后再看本页。',
  listFailed: '暂时无法检查离线状态，请联网后刷新本页。',
  status: (s: OfflineSummary) =>
    s.missing === 0
      ? `本设备已保存全部课程（${s.total} 个文件），没有网络时也能使用。`
      : `本设备已保存 ${s.cached} / ${s.total} 个文件，还差 ${s.missing} 个（约 ${megabytes(s.missingBytes)} MB）。下载后，没有网络时也能使用全部内容。`,
  downloading: (done: number, total: number) =>
    `正在下载：${megabytes(done)} / ${megabytes(total)} MB`,
  someFailed: (n: number) => `有 ${n} 个文件没有下载成功，请联网后再试一次。`,
};

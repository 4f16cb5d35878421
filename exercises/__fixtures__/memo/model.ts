/** The memo's data: empty, and the worked example. */
import type { MemoData } from './schema';

export function createData(): MemoData {
  return { topic: '', notes: '' };
}

export function exampleData(): MemoData {
  return { topic: '华东区季度复盘', notes: '回款周期缩短到 45 天。' };
}

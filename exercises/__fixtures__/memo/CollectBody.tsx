/** 汇总 of memos: the topic and notes of one participant. */
import type { MemoData } from './schema';
import { EMPTY, FIELD } from './strings';

export default function MemoBody({ data }: { data: unknown }) {
  const memo = data as MemoData;
  return (
    <>
      <p>
        <strong>{FIELD.topic}</strong>：{memo.topic.trim() || EMPTY}
      </p>
      <p>{memo.notes.trim() || EMPTY}</p>
    </>
  );
}

/** The SWOT analysis as Markdown (复制为 Markdown). Pure. */
import { formatChineseDate, isIsoDate } from '../core/dates';
import { QUADRANTS, resolveRefs, STRATEGY_GROUPS, type SwotData } from './model';
import { MD } from './export-strings';
import { ITEM, QUADRANT_NAME, TOWS } from './strings';

/**
 * Make user text safe inside one Markdown line: it renders as typed. Escapes what can
 * start formatting anywhere (\ ` * _ [ ] < > ~ #, and & before an entity) and list or
 * quote markers at the start; leaves other punctuation alone so the text stays readable.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>~#]|&(?=#?[0-9A-Za-z]+;)/g, '\\$&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A numbered list whose items may carry indented sub-points. */
function numbered(entries: { line: string; subs: string[] }[]): string[] {
  return entries.flatMap(({ line, subs }, i) => {
    const marker = `${i + 1}. `;
    const indent = ' '.repeat(marker.length);
    return [`${marker}${line}`, ...subs.map((s) => `${indent}- ${s}`)];
  });
}

/** The whole worksheet as Markdown: fields, the four quadrants, then the TOWS strategies. */
export function toMarkdown(doc: { title: string; data: SwotData }): string {
  const { data } = doc;
  const subject = escapeMarkdown(data.subject) || escapeMarkdown(doc.title);
  const lines: string[] = [`# ${MD.title(subject)}`, ''];
  const meta: string[] = [];
  if (data.subject.trim()) meta.push(`- ${MD.subject}：${escapeMarkdown(data.subject)}`);
  if (data.date.trim()) {
    const date = isIsoDate(data.date) ? formatChineseDate(data.date) : escapeMarkdown(data.date);
    meta.push(`- ${MD.date}：${date}`);
  }
  if (meta.length) lines.push(...meta, '');

  for (const q of QUADRANTS) {
    lines.push(`## ${MD.quadrant(q)}`, '');
    const items = data.items[q];
    if (items.length === 0) lines.push(MD.none);
    lines.push(
      ...numbered(
        items.map((item) => ({
          line: `${escapeMarkdown(item.text) || ITEM.untitled}（${MD.importance(item.importance)}）`,
          subs: item.evidence.trim() ? [`${MD.evidence}：${escapeMarkdown(item.evidence)}`] : [],
        })),
      ),
      '',
    );
  }

  const groups = STRATEGY_GROUPS.filter((g) => data.strategies[g].length > 0);
  if (groups.length) {
    lines.push(`## ${MD.tows}`, '');
    for (const g of groups) {
      lines.push(`### ${MD.group(g)}`, '');
      const entries = data.strategies[g].map((s) => {
        const refs = resolveRefs(data, g, s).map((r) =>
          r.status === 'deleted'
            ? TOWS.deleted
            : `${QUADRANT_NAME[r.quadrant]}「${escapeMarkdown(r.item.text) || ITEM.untitled}」`,
        );
        return {
          line: escapeMarkdown(s.text) || TOWS.untitled,
          subs: refs.length ? [`${MD.basedOn}：${refs.join('；')}`] : [],
        };
      });
      lines.push(...numbered(entries), '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import TeamCompetency from './TeamCompetency';
import { loadParts } from './TeamCompetencyForm';

beforeAll(async () => {
  await loadParts();
});

describe('server rendering', () => {
  it('renders without window, storage or location, read-only until loaded', () => {
    expect(typeof globalThis.window).toBe('undefined');
    const html = renderToString(<TeamCompetency namespace="ws.ws1" />);
    expect(html).toContain('团队名称');
    expect(html).toContain('愿景塑造与传递');
    expect(html).toContain('能力雷达图');
    expect(html).toMatch(/<fieldset class="tc-fields" disabled/);
    // The blank plan prints as rows to write in.
    expect(html).toContain('ws-paper-rows');
  });

  it('renders the same markup every time (hydration must match)', () => {
    expect(renderToString(<TeamCompetency />)).toBe(renderToString(<TeamCompetency />));
  });
});

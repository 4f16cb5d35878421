import { describe, expect, it } from 'vitest';
import { worksheetKey } from './backup';

describe('worksheet keys in a backup', () => {
  it('reads a workshop’s keys (namespace ws.<code>) like the learner’s own', () => {
    expect(worksheetKey('smc:v1:ws.team-a:swot:doc:abc')).toEqual({
      namespace: 'ws.team-a',
      exercise: 'swot',
      kind: 'doc',
      id: 'abc',
    });
    expect(worksheetKey('smc:v1:default:swot:index')?.namespace).toBe('default');
    expect(worksheetKey('smc:v1:progress:pages')).toBeNull();
  });
});

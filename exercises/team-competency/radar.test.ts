import { describe, expect, it } from 'vitest';
import { radarLabel, radarPoint, radarPolygon, radarRings } from './radar';

describe('radar geometry', () => {
  it('puts 4 axes at top, right, bottom and left', () => {
    expect(radarPoint(0, 4, 5, 5, 100)).toEqual({ x: 0, y: -100 });
    expect(radarPoint(1, 4, 5, 5, 100)).toEqual({ x: 100, y: 0 });
    expect(radarPoint(2, 4, 5, 5, 100)).toEqual({ x: 0, y: 100 });
    expect(radarPoint(3, 4, 5, 5, 100)).toEqual({ x: -100, y: 0 });
  });

  it('scales values from the centre and clamps them', () => {
    expect(radarPoint(1, 4, 2.5, 5, 100)).toEqual({ x: 50, y: 0 });
    expect(radarPoint(0, 4, 0, 5, 100)).toEqual({ x: 0, y: 0 });
    expect(radarPoint(0, 4, 7, 5, 100)).toEqual({ x: 0, y: -100 });
    expect(radarPoint(0, 4, -1, 5, 100)).toEqual({ x: 0, y: 0 });
  });

  it('draws the example manager’s dimensions (3.5, 4.5, 3.5, 2.5)', () => {
    expect(radarPolygon([3.5, 4.5, 3.5, 2.5], 5, 100)).toBe('0,-70 90,0 0,70 -50,0');
  });

  it('rounds to a tenth on slanted axes', () => {
    expect(radarPoint(1, 16, 5, 5, 100)).toEqual({ x: 38.3, y: -92.4 });
  });

  it('draws a ring per whole value', () => {
    const rings = radarRings(4, 5, 100);
    expect(rings).toHaveLength(5);
    expect(rings[0]).toBe('0,-20 20,0 0,20 -20,0');
    expect(rings[4]).toBe('0,-100 100,0 0,100 -100,0');
  });

  it('places labels beyond the outer ring, anchored away from the centre', () => {
    expect(radarLabel(0, 4, 100, 10)).toEqual({ x: 0, y: -110, anchor: 'middle' });
    expect(radarLabel(1, 4, 100, 10)).toEqual({ x: 110, y: 0, anchor: 'start' });
    expect(radarLabel(3, 4, 100, 10)).toEqual({ x: -110, y: 0, anchor: 'end' });
  });
});

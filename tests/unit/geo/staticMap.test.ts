import { describe, it, expect } from 'vitest';
import {
  boundsAround,
  boundsAtZoom,
  fitProjection,
  staticMap,
} from '../../../src/domain/geo/staticMap';
import { latLng } from '../../../src/domain/geo/latlng';

const frame = {
  bounds: [
    [20, 20],
    [50, 60],
  ] as const,
  width: 400,
  height: 300,
};

describe('static map for the hand-out', () => {
  it('projects the frame corners inside the picture, north up, west left', () => {
    const p = fitProjection(frame);
    const [x0, y0] = p(50, 20);
    const [x1, y1] = p(20, 60);
    expect(x0).toBeGreaterThanOrEqual(-0.01);
    expect(y0).toBeGreaterThanOrEqual(-0.01);
    expect(x1).toBeLessThanOrEqual(400.01);
    expect(y1).toBeLessThanOrEqual(300.01);
    expect(x1).toBeGreaterThan(x0);
    expect(y1).toBeGreaterThan(y0);
    // One side fills the picture exactly (aspect kept, centred).
    expect(Math.abs(x1 - x0 - 400) < 0.01 || Math.abs(y1 - y0 - 300) < 0.01).toBe(true);
  });

  it('keeps places inside the frame, drops countries outside it, draws routes', () => {
    const inside = [
      [
        [30, 30],
        [40, 30],
        [40, 40],
        [30, 30],
      ],
    ] as const;
    const outside = [
      [
        [-100, -10],
        [-90, -10],
        [-90, 0],
        [-100, -10],
      ],
    ] as const;
    const map = staticMap({
      ...frame,
      countries: [inside, outside],
      routes: [{ path: [[latLng(25, 30), latLng(45, 50)]], color: '#c62828', dashed: true }],
      places: [
        { lat: 41, lon: 29, label: 'Istanbul', highlight: true },
        { lat: -34, lon: -58, label: 'Buenos Aires', highlight: false },
      ],
    });
    expect(map.countries).toHaveLength(1);
    expect(map.countries[0]).toMatch(/^M[\d.]+ [\d.]+L.*Z$/);
    expect(map.routes[0]).toMatchObject({ color: '#c62828', dashed: true });
    expect(map.routes[0]!.d).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
    expect(map.places.map((p) => p.label)).toEqual(['Istanbul']);
  });

  it('keeps a country larger than the frame', () => {
    const huge = [
      [
        [0, 0],
        [90, 0],
        [90, 70],
        [0, 70],
        [0, 0],
      ],
    ] as const;
    expect(
      staticMap({ ...frame, countries: [huge], routes: [], places: [] }).countries,
    ).toHaveLength(1);
  });

  it('frames points with padding, and a web-map view by its centre and zoom', () => {
    expect(boundsAround([{ lat: 40, lon: 30 }], 0.25, 4)).toEqual([
      [38, 28],
      [42, 32],
    ]);
    const [[s, w], [n, e]] = boundsAtZoom([40, 30], 5, 800, 500);
    expect(w).toBeLessThan(30);
    expect(e).toBeGreaterThan(30);
    expect(s).toBeLessThan(40);
    expect(n).toBeGreaterThan(40);
    // 800 px at zoom 5 is 800 / (256 · 32) of the world's 360°.
    expect(e - w).toBeCloseTo((800 / (256 * 32)) * 360, 5);
  });
});

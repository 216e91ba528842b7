import { describe, expect, it } from 'vitest';
import { farmHeatmap, heatmapShape } from '../../../src/analysis/views/farmHeatmap';
import { ndarray } from '../../../src/kernel';

/** farm[s, t, m] = 100 * s + t + 0.5 * m: every cell tells where it came from. */
function farm(servers: number, steps: number) {
  const data = new Float64Array(servers * steps * 3);
  for (let s = 0; s < servers; s++)
    for (let t = 0; t < steps; t++)
      for (let m = 0; m < 3; m++) data[(s * steps + t) * 3 + m] = 100 * s + t + 0.5 * m;
  return ndarray(data, [servers, steps, 3]);
}

describe('farmHeatmap', () => {
  it('draws one cell per server and step when they fit, rows in the given order', () => {
    const map = farmHeatmap(farm(3, 2), 1, [2, 0, 1], 10, 10);
    expect(map.rows).toBe(3);
    expect(map.columns).toBe(2);
    expect(Array.from(map.values)).toEqual([200.5, 201.5, 0.5, 1.5, 100.5, 101.5]);
    expect(map.min).toBe(0.5);
    expect(map.max).toBe(201.5);
  });

  it('averages blocks of servers and steps when there are more than the cells available', () => {
    const map = farmHeatmap(farm(4, 6), 0, [0, 1, 2, 3], 2, 3);
    expect(Array.from(map.rowStart)).toEqual([0, 2, 4]);
    expect(Array.from(map.colStart)).toEqual([0, 2, 4, 6]);
    // Row 0 = servers 0 and 1, column 0 = steps 0 and 1: mean of 0, 1, 100, 101.
    expect(map.values[0]).toBe(50.5);
    expect(map.values[5]).toBe(254.5);
  });

  it('skips NaN samples in a block and gives NaN for a block with none', () => {
    const f = farm(1, 4);
    f.data[0] = NaN;
    f.data[2 * 3] = NaN;
    f.data[3 * 3] = NaN;
    const map = farmHeatmap(f, 0, [0], 1, 2);
    expect(map.values[0]).toBe(1);
    expect(map.values[1]).toBeNaN();
  });

  it('aggregates a 1000 x 1440 farm into at most the requested cells', () => {
    const map = farmHeatmap(
      farm(1000, 1440),
      2,
      Array.from({ length: 1000 }, (_, i) => i),
      200,
      480,
    );
    expect(map.values.length).toBe(200 * 480);
    // Row 0 = servers 0-4 (mean 100 s = 200), column 0 = steps 0-2 (mean 1), metric 2 adds 1.
    expect(map.values[0]).toBe(202);
  });

  it.each([
    ['not 3-D', ndarray(new Float64Array(6), [2, 3]), 0, [0, 1]],
    ['metric out of range', farm(2, 2), 3, [0, 1]],
    ['order too short', farm(2, 2), 0, [0]],
  ] as const)('throws a RangeError when %s', (_, f, metric, order) => {
    expect(() => farmHeatmap(f, metric, order, 10, 10)).toThrow(RangeError);
  });
});

describe('heatmapShape', () => {
  it.each([
    [10, 24, 100, 360, { rows: 10, columns: 24 }],
    [1000, 1440, 58, 232, { rows: 58, columns: 232 }],
    [1000, 1440, 58.9, 232.9, { rows: 58, columns: 232 }],
    [5, 5, 0, -3, { rows: 1, columns: 1 }],
  ])(
    'a %i x %i farm asked for %d x %d cells has %o blocks',
    (servers, steps, rows, columns, shape) => {
      expect(heatmapShape(servers, steps, rows, columns)).toEqual(shape);
    },
  );

  it('is the shape farmHeatmap makes', () => {
    const { rows, columns } = farmHeatmap(
      farm(30, 50),
      0,
      Array.from({ length: 30 }, (_, i) => i),
      7.5,
      80,
    );
    expect({ rows, columns }).toEqual(heatmapShape(30, 50, 7.5, 80));
  });
});

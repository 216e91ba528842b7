import { describe, expect, it } from 'vitest';
import { detectAnomalies } from '../../../src/analysis/detectAnomalies';
import { ANOMALY_TABLE_ROWS, anomalyView } from '../../../src/analysis/views/anomalyView';
import { DISPLAY_POINTS } from '../../../src/analysis/views/seriesView';

/** A wavy series with a spike every 97 samples. */
function spiky(n: number): Float64Array {
  return Float64Array.from(
    { length: n },
    (_, i) => 100 + 5 * Math.sin(i / 7) + (i % 97 === 50 ? 80 : 0),
  );
}

describe('anomalyView', () => {
  it('lists every anomaly of detectAnomalies with value, expected and deviation on the x axis', () => {
    const values = spiky(1000);
    const timeMs = Float64Array.from({ length: 1000 }, (_, i) => 1e12 + i * 60e3);
    const direct = detectAnomalies(values, { window: 20, threshold: 3 });
    const view = anomalyView(
      { name: 'lat', unit: 'ms', values, timeMs },
      { window: 20, threshold: 3 },
    );
    expect(view.count).toBe(direct.count);
    expect(view.count).toBeGreaterThan(5);
    expect(view.rows.map((r) => r.index)).toEqual(Array.from(direct.indices));
    expect(view.rows[0]).toEqual({
      index: direct.indices[0],
      x: timeMs[direct.indices[0]],
      value: direct.values[0],
      expected: direct.expected[0],
      deviation: direct.deviation[0],
    });
    expect(view.markers.x).toEqual(Float64Array.from(direct.indices, (i) => timeMs[i]));
    expect(view.maxDeviation).toBeCloseTo(Math.sqrt(19), 12);
  });

  it('aligns the band with the series: band x of window j is the time of its last sample', () => {
    const values = spiky(300);
    const view = anomalyView({ name: 'lat', unit: 'ms', values }, { window: 10 });
    expect(view.band.x[0]).toBe(9);
    const direct = detectAnomalies(values, { window: 10 });
    expect(view.band.upper[0]).toBe(direct.bandUpper[0]);
  });

  it('caps markers at DISPLAY_POINTS and table rows at ANOMALY_TABLE_ROWS, keeping the largest in time order', () => {
    const values = Float64Array.from({ length: 60_000 }, (_, i) =>
      i % 20 === 19 ? 100 + (i % 7) : i % 3,
    );
    const view = anomalyView({ name: 'x', unit: '', values }, { window: 20, threshold: 2 });
    expect(view.count).toBeGreaterThan(DISPLAY_POINTS);
    expect(view.markers.x.length).toBe(DISPLAY_POINTS);
    expect(view.rows.length).toBe(ANOMALY_TABLE_ROWS);
    const idx = view.rows.map((r) => r.index);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
    const smallestShown = Math.min(...view.rows.map((r) => r.deviation));
    const direct = detectAnomalies(values, { window: 20, threshold: 2 });
    const larger = Array.from(direct.deviation).filter((d) => d > smallestShown).length;
    expect(larger).toBeLessThan(ANOMALY_TABLE_ROWS);
  });
});

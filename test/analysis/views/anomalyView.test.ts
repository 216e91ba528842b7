import { describe, expect, it } from 'vitest';
import { detectAnomalies } from '../../../src/analysis/detectAnomalies';
import { runDetector } from '../../../src/analysis/detectors/runDetector';
import { probationaryLength } from '../../../src/analysis/detectors/nabScore';
import { forgetLastResults } from '../../../src/analysis/lastResult';
import { transferables } from '../../../src/analysis/transferables';
import { ANOMALY_TABLE_ROWS, anomalyView } from '../../../src/analysis/views/anomalyView';
import { DISPLAY_POINTS } from '../../../src/analysis/views/seriesView';
import { synthetic, timeMs } from '../detectors/synthetic';

/** A wavy series with a spike every 97 samples. */
function spiky(n: number): Float64Array {
  return Float64Array.from(
    { length: n },
    (_, i) => 100 + 5 * Math.sin(i / 7) + (i % 97 === 50 ? 80 : 0),
  );
}

/** Deterministic noise in [-1, 1). */
function noise(n: number, seed = 7): Float64Array {
  let s = seed;
  return Float64Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return (2 * s) / 2 ** 31 - 1;
  });
}

const byIndex = (a: number, b: number) => a - b;

describe('anomalyView', () => {
  it("flags with the zscore detector exactly the seed's anomalies, with its expected values", () => {
    const values = spiky(1000);
    const timeMs = Float64Array.from({ length: 1000 }, (_, i) => 1e12 + i * 60e3);
    const direct = detectAnomalies(values, { window: 20, threshold: 3 });
    const view = anomalyView(
      { name: 'lat', unit: 'ms', values, timeMs },
      { detector: 'zscore', window: 20, threshold: 3 },
    );
    expect(view.count).toBe(direct.count);
    expect(view.count).toBeGreaterThan(5);
    expect(view.rows.map((r) => r.index).sort(byIndex)).toEqual(Array.from(direct.indices));
    const first = view.rows.find((r) => r.index === direct.indices[0])!;
    expect(first).toMatchObject({
      x: timeMs[direct.indices[0]],
      value: direct.values[0],
      kind: 'spike',
      direction: 'above',
    });
    expect(first.expected).toBeCloseTo(direct.expected[0], 9);
    expect(first.deviation).toBeCloseTo(direct.deviation[0], 9);
    expect(first.words).toMatch(/^\d+\.\dσ above the expected value$/);
    expect(view.markers.x).toEqual(Float64Array.from(direct.indices, (i) => timeMs[i]));
    expect(view.maxDeviation).toBeCloseTo(Math.sqrt(19), 12);
    expect(view.checked).toBe(1000 - 19);
  });

  it('lists the strongest first and draws the band from the first full window', () => {
    const values = spiky(300);
    const view = anomalyView(
      { name: 'lat', unit: 'ms', values },
      { detector: 'zscore', window: 10 },
    );
    const scores = view.rows.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const firstDrawn = view.band.expected.findIndex(Number.isFinite);
    expect(view.band.x[firstDrawn]).toBe(9);
    const direct = detectAnomalies(values, { window: 10, threshold: 3.5 });
    expect(view.band.upper[firstDrawn]).toBeCloseTo(direct.bandUpper[0], 9);
  });

  it('caps markers at DISPLAY_POINTS and rows at ANOMALY_TABLE_ROWS, keeping the highest scores', () => {
    const values = Float64Array.from({ length: 60_000 }, (_, i) =>
      i % 20 === 19 ? 100 + (i % 7) : i % 3,
    );
    const view = anomalyView(
      { name: 'x', unit: '', values },
      { detector: 'zscore', window: 20, threshold: 2 },
    );
    expect(view.count).toBeGreaterThan(DISPLAY_POINTS);
    expect(view.markers.x.length).toBe(DISPLAY_POINTS);
    expect(Array.from(view.markers.x)).toEqual(Array.from(view.markers.x).sort(byIndex));
    expect(view.rows.length).toBe(ANOMALY_TABLE_ROWS);
    const lowestListed = Math.min(...view.rows.map((r) => r.score));
    const { score } = runDetector('zscore', values, { window: 20, threshold: 2 });
    const higher = score.filter((x) => x > lowestListed).length;
    expect(higher).toBeLessThan(ANOMALY_TABLE_ROWS);
  });

  it('with the adaptive detector, finds a spike after the learning period and flags nothing in it', () => {
    const n = 2000;
    const jitter = noise(n);
    const values = Float64Array.from(
      jitter,
      (e, i) => 50 + e + (i === 1500 ? 30 : 0) + (i === 100 ? 30 : 0),
    );
    const view = anomalyView({ name: 'cpu', unit: '%', values });
    expect(view.detector).toBe('adaptive');
    expect(view.rows[0]).toMatchObject({ index: 1500, kind: 'spike' });
    expect(view.rows.every((r) => r.index >= probationaryLength(n))).toBe(true);
    expect(view.learningUntil).toBe(probationaryLength(n) - 1);
    expect(view.count).toBe(1);
  });

  it('gives the same view at a sensitivity whether or not the detector ran before on the series', () => {
    const values = Float64Array.from(noise(1500, 3), (e, i) => 10 + e + (i === 1200 ? 9 : 0));
    const series = { name: 's', unit: '', values };
    anomalyView(series, { threshold: 6 });
    const reused = anomalyView(series, { threshold: 2 });
    anomalyView({ name: 'other', unit: '', values: values.slice() }, { threshold: 2 });
    const fresh = anomalyView({ ...series, values: values.slice() }, { threshold: 2 });
    expect(reused).toEqual(fresh);
    expect(reused.threshold).toBe(2);
  });

  it('keeps a view it gave when the sensitivity moves on (the band buffers are reused, not shared)', () => {
    const values = Float64Array.from(noise(1500, 4), (e) => 10 + e);
    const series = { name: 's', unit: '', values };
    const first = anomalyView(series, { threshold: 2 });
    const lowerAt2 = first.band.lower.slice();
    const second = anomalyView(series, { threshold: 5 });
    expect(first.band.lower).toEqual(lowerAt2);
    expect(second.band.lower).not.toEqual(lowerAt2);
  });

  it('gives each view buffers of its own: transferring one, as the worker does, spares the next', () => {
    const values = Float64Array.from(noise(1500, 5), (e) => 10 + e);
    const series = { name: 's', unit: '', values };
    const first = anomalyView(series, { threshold: 2 });
    structuredClone(first, { transfer: transferables(first) });
    expect(first.series.x).toHaveLength(0);
    const moved = anomalyView(series, { threshold: 3 });
    expect(moved).toEqual(anomalyView({ ...series, values: values.slice() }, { threshold: 3 }));
    expect(moved.series.x.length).toBeGreaterThan(0);
  });

  it.each(['zscore', 'robust', 'adaptive'] as const)(
    'gives with %s, after window moves and series switches that reuse the last run, what a fresh run gives',
    (detector) => {
      // Two series of one length on one time axis: one with a level shift, one with a daily season.
      const shifted = { name: 'shifted', unit: '', values: synthetic(), timeMs };
      const seasonal = {
        name: 'seasonal',
        unit: '',
        values: synthetic({ seasonal: true }),
        timeMs,
      };
      const steps = [
        [seasonal, 60, 3],
        [shifted, 60, 3],
        [shifted, 12, 2.5],
        [seasonal, 12, 3],
        [seasonal, 400, 3],
        [shifted, 400, 4],
      ] as const;
      forgetLastResults();
      const moved = steps.map(([series, window, threshold]) =>
        anomalyView(series, { detector, window, threshold }),
      );
      steps.forEach(([series, window, threshold], k) => {
        forgetLastResults();
        expect(moved[k]).toEqual(anomalyView(series, { detector, window, threshold }));
      });
      // The season and level shifts are the series' own, not the last run's.
      if (detector === 'adaptive') expect(moved[0].period).not.toEqual(moved[1].period);
    },
  );

  it('runs the detector again after a run that threw, rather than keep the arrays it wrote over', () => {
    const values = Float64Array.from(noise(1500, 9), (e) => 10 + e);
    const series = { name: 's', unit: '', values };
    const before = anomalyView(series, { detector: 'zscore', window: 30, threshold: 3 });
    expect(() => anomalyView(series, { detector: 'zscore', window: 2.5 })).toThrow(RangeError);
    expect(anomalyView(series, { detector: 'zscore', window: 30, threshold: 3 })).toEqual(before);
  });

  it('draws the same values on a new time axis on that axis, not the last run’s', () => {
    const values = Float64Array.from(noise(1500, 6), (e) => 10 + e);
    const hourly = Float64Array.from(values, (_, i) => 3_600_000 * i);
    anomalyView({ name: 's', unit: '', values, timeMs: hourly }, { threshold: 2 });
    const minutely = Float64Array.from(values, (_, i) => 60_000 * i);
    const moved = anomalyView({ name: 's', unit: '', values, timeMs: minutely }, { threshold: 3 });
    const fresh = anomalyView(
      { name: 's', unit: '', values: values.slice(), timeMs: minutely },
      { threshold: 3 },
    );
    expect(moved).toEqual(fresh);
  });

  it('reports a level shift as one in words', () => {
    const values = Float64Array.from(noise(3000, 11), (e, i) => (i < 2400 ? 100 : 40) + e);
    const view = anomalyView({ name: 'cpu', unit: '%', values });
    const shift = view.rows.find((r) => r.kind === 'levelShift');
    expect(shift?.words).toBe('level shift down by 60 %');
    expect(Math.abs(shift!.index - 2400)).toBeLessThan(3);
  });

  it('on an empty series, draws nothing and flags nothing', () => {
    const view = anomalyView({ name: 'e', unit: '', values: new Float64Array(0) });
    expect(view).toMatchObject({ count: 0, checked: 0, rows: [], learningUntil: null });
    expect(view.series.x.length).toBe(0);
  });
});

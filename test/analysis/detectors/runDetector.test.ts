import { describe, expect, it } from 'vitest';
import type { DetectorOutputs } from '../../../src/analysis/detectors/DetectorResult';
import {
  DETECTORS,
  DETECTORS_WITH_OUT,
  runDetector,
} from '../../../src/analysis/detectors/runDetector';
import { synthetic, timeMs } from './synthetic';

describe('runDetector', () => {
  const x = synthetic();

  it.each(DETECTORS.map((d) => [d.name] as const))(
    'runDetector(%s) returns one score in [0, 1] (or NaN), expected value and band per point',
    (name) => {
      const r = runDetector(name, x, { timeMs, threshold: 4 });
      expect(r.detector).toBe(name);
      for (const a of [r.score, r.expected, r.scale, r.deviation, r.lower, r.upper]) {
        expect(a).toHaveLength(x.length);
      }
      expect(Array.from(r.score).every((s) => Number.isNaN(s) || (s >= 0 && s <= 1))).toBe(true);
      expect(r.threshold).toBe(4);
      expect(r.upper[1000] - r.lower[1000]).toBeCloseTo(8 * r.scale[1000], 10);
    },
  );

  it('lists the four detectors in menu order', () => {
    expect(DETECTORS.map((d) => d.name)).toEqual(['zscore', 'robust', 'seasonal', 'adaptive']);
  });

  it('passes causal: false to the seasonal detector only', () => {
    expect(runDetector('seasonal', x, { causal: false }).causal).toBe(false);
    expect(runDetector('robust', x, { causal: false }).causal).toBe(true);
  });

  /** A series whose MAD is 0 in places (so the mean step sets the scale), with a spike. */
  const quantised = Float64Array.from(x, (v, i) => Math.round(v / 2) + (i === 1500 ? 9 : 0));

  it.each(
    [...DETECTORS_WITH_OUT].flatMap((name) =>
      [NaN, 7, -1e300].map((junk) => [name, junk] as const),
    ),
  )('runDetector(%s, out) writes into out holding %s what a fresh run gives', (name, junk) => {
    for (const series of [x, quantised]) {
      const out: DetectorOutputs = {
        score: new Float64Array(series.length).fill(junk),
        expected: new Float64Array(series.length).fill(junk),
        scale: new Float64Array(series.length).fill(junk),
        deviation: new Float64Array(series.length).fill(junk),
        lower: new Float64Array(series.length).fill(junk),
        upper: new Float64Array(series.length).fill(junk),
      };
      const written = runDetector(name, series, { window: 40, threshold: 4, out });
      const fresh = runDetector(name, series, { window: 40, threshold: 4 });
      for (const key of ['score', 'expected', 'scale', 'deviation', 'lower', 'upper'] as const) {
        expect(written[key]).toBe(out[key]);
        expect(written[key]).toEqual(fresh[key]);
      }
      expect(written.shifts).toEqual(fresh.shifts);
    }
  });

  it.each([...DETECTORS_WITH_OUT].map((name) => [name] as const))(
    'runDetector(%s, out: an earlier result on another series) keeps none of its other fields',
    (name) => {
      const seasonal = synthetic({ seasonal: true });
      const earlier = runDetector(name, seasonal, { window: 12, timeMs });
      const written = runDetector(name, x, { window: 40, timeMs, out: earlier });
      const fresh = runDetector(name, x, { window: 40, timeMs });
      expect(written).toEqual(fresh);
      expect(written.shifts).not.toBe(earlier.shifts);
    },
  );

  it('throws a RangeError when an array of out is not of the series length', () => {
    const out = runDetector('zscore', x.subarray(1));
    expect(() => runDetector('zscore', x, { out })).toThrow(RangeError);
    expect(() => runDetector('robust', x, { out })).toThrow(RangeError);
  });

  it('throws a RangeError for an unknown detector', () => {
    expect(() => runDetector('nope' as never, x)).toThrow(RangeError);
  });
});

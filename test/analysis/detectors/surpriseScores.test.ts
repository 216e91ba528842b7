import { describe, expect, it } from 'vitest';
import {
  runningQuantile,
  suppressRepeats,
  surpriseScores,
} from '../../../src/analysis/detectors/surpriseScores';
import { random } from '../../../src/io/random';

describe('surpriseScores', () => {
  it("runningQuantile equals NumPy's lower quantile of everything inserted so far", () => {
    const r = random(2, 'quantile');
    const q = runningQuantile(0.9);
    const seen: number[] = [];
    for (let i = 0; i < 500; i++) {
      const v = Math.round(r.normal(0, 10));
      q.insert(v);
      seen.push(v);
      const sorted = [...seen].sort((a, b) => a - b);
      expect(q.value()).toBe(sorted[Math.floor(0.9 * (sorted.length - 1))]);
    }
  });

  it.each([0, 3000])(
    'runningQuantile(0.5, %i) stays exact past its initial room (3,000 inserts)',
    (expected) => {
      const r = random(6, 'quantile-growth');
      const q = runningQuantile(0.5, expected);
      const seen: number[] = [];
      for (let i = 0; i < 3000; i++) {
        const v = r.normal(0, 1);
        q.insert(v);
        seen.push(v);
      }
      seen.sort((a, b) => a - b);
      expect(q.size()).toBe(3000);
      expect(q.value()).toBe(seen[Math.floor(0.5 * 2999)]);
    },
  );

  it('suppressRepeats([0.2, 0.9, 0.5, 0.95], 2) halves the 0.5 only', () => {
    expect(Array.from(suppressRepeats(Float64Array.of(0.2, 0.9, 0.5, 0.95), 2))).toEqual([
      0.2, 0.9, 0.25, 0.95,
    ]);
  });

  it('suppressRepeats forgets a score `span` points later', () => {
    expect(Array.from(suppressRepeats(Float64Array.of(0.9, 0.1, 0.1, 0.5), 2))).toEqual([
      0.9, 0.05, 0.05, 0.5,
    ]);
  });

  it('suppressRepeats(raw, span, raw) writes in place the scores a fresh array gets', () => {
    const r = random(3, 'suppress-in-place');
    const raw = Float64Array.from({ length: 400 }, (_, i) => (i % 37 === 0 ? NaN : r.uniform()));
    const fresh = suppressRepeats(raw, 5);
    const inPlace = Float64Array.from(raw);
    expect(suppressRepeats(inPlace, 5, inPlace)).toBe(inPlace);
    expect(Array.from(inPlace)).toEqual(Array.from(fresh));
    expect(Array.from(raw)).not.toEqual(Array.from(fresh));
  });

  it('suppressRepeats(raw, 0, out) copies raw into out; a wrong-length out throws', () => {
    const out = new Float64Array(2);
    expect(Array.from(suppressRepeats(Float64Array.of(0.4, 0.4), 0, out))).toEqual([0.4, 0.4]);
    expect(() => suppressRepeats(Float64Array.of(0.4, 0.4), 2, new Float64Array(3))).toThrow(
      RangeError,
    );
  });

  it('scores a deviation equal to the past quantile 0.5, and nothing before minHistory', () => {
    const d = Float64Array.from({ length: 60 }, (_, i) => (i < 59 ? 1 : 1));
    const s = surpriseScores(d, { minHistory: 50, suppress: 0 });
    expect(Number.isNaN(s[49])).toBe(true);
    expect(s[50]).toBe(0.5);
  });

  it('is scale-free: multiplying the deviations by 1000 changes no score', () => {
    const r = random(4, 'scale-free');
    const d = Float64Array.from({ length: 300 }, () => r.normal(0, 1));
    const a = surpriseScores(d);
    const b = surpriseScores(d.map((v) => v * 1000));
    a.forEach((v, i) =>
      Number.isNaN(v) ? expect(b[i]).toBeNaN() : expect(b[i]).toBeCloseTo(v, 12),
    );
  });
});

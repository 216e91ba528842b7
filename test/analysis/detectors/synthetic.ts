/**
 * Seeded synthetic metrics with anomalies at known positions, for the detector tests: two weeks of
 * five-minute samples (4,032) starting Monday 2024-01-01 00:00 UTC, normal noise σ = 1 around 50,
 * optionally a daily sine of amplitude 10, a spike (+12) at SPIKE, a dip (-12) at DIP and a level
 * shift (+15 from LEVEL_SHIFT on).
 */
import { random } from '../../../src/io/random';

export const N = 4032;
export const STEP_MS = 300_000;
export const DAY = 288;
export const SPIKE = 2000;
export const DIP = 2600;
export const LEVEL_SHIFT = 3200;
export const START_MS = Date.UTC(2024, 0, 1);

export const timeMs = Float64Array.from({ length: N }, (_, i) => START_MS + i * STEP_MS);

/** The synthetic series; `seasonal` adds the daily sine. */
export function synthetic({ seasonal = false, seed = 7 } = {}): Float64Array {
  const r = random(seed, 'detectors');
  return Float64Array.from({ length: N }, (_, i) => {
    let v = 50 + r.normal(0, 1);
    if (seasonal) v += 10 * Math.sin((2 * Math.PI * i) / DAY);
    if (i === SPIKE) v += 12;
    if (i === DIP) v -= 12;
    if (i >= LEVEL_SHIFT) v += 15;
    return v;
  });
}

/** Indices whose score reaches the result's scoreThreshold. */
export function flagged(result: { score: Float64Array; scoreThreshold: number }): number[] {
  const out: number[] = [];
  result.score.forEach((s, i) => {
    if (s >= result.scoreThreshold) out.push(i);
  });
  return out;
}

/** Flagged indices that are none of the injected anomalies (nor the `settle` points after the shift). */
export function falseAlarms(indices: number[], settle: number): number[] {
  return indices.filter(
    (i) => i !== SPIKE && i !== DIP && !(i >= LEVEL_SHIFT && i < LEVEL_SHIFT + settle),
  );
}

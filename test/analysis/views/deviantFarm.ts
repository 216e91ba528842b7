/**
 * A seeded farm with servers unlike their peers, for the Server farm tests: 8 servers (web-0 …
 * web-7) x 120 minutes from 2024-01-01 00:00 UTC x 2 metrics, cpu and memory (%), each normal noise
 * σ = 1 around a shared wave. web-5's cpu runs DEVIATION points hot for steps DEVIANT_FROM to
 * DEVIANT_TO (inclusive); web-2's and web-6's memory runs 40 points high throughout, which ranks
 * them the most loaded, web-5 third.
 */
import type { Farm } from '../../../src/analysis/fleet/buildFarm';
import { random } from '../../../src/io/random';
import { ndarray } from '../../../src/kernel';

export const SERVERS = 8;
export const STEPS = 120;
export const DEVIANT = 5;
export const DEVIANT_FROM = 40;
export const DEVIANT_TO = 69;
export const DEVIATION = 30;
export const MEMORY_HIGH = [2, 6];
export const START_MS = Date.UTC(2024, 0, 1);
export const STEP_MS = 60_000;

/** The farm; `timed` false gives it no time axis (the steps are then its x). */
export function deviantFarm({ timed = true } = {}): Farm {
  const r = random(5, 'deviantFarm');
  const data = new Float64Array(SERVERS * STEPS * 2);
  for (let s = 0; s < SERVERS; s++) {
    for (let t = 0; t < STEPS; t++) {
      const wave = 10 * Math.sin(t / 15);
      const hot = s === DEVIANT && t >= DEVIANT_FROM && t <= DEVIANT_TO ? DEVIATION : 0;
      data[(s * STEPS + t) * 2] = 40 + wave + r.normal(0, 1) + hot;
      const high = MEMORY_HIGH.includes(s) ? 40 : 0;
      data[(s * STEPS + t) * 2 + 1] = 50 + wave + r.normal(0, 1) + high;
    }
  }
  const timeMs = Float64Array.from({ length: STEPS }, (_, t) => START_MS + t * STEP_MS);
  return {
    farm: ndarray(data, [SERVERS, STEPS, 2]),
    hosts: Array.from({ length: SERVERS }, (_, s) => `web-${s}`),
    metrics: [
      { key: 'cpu', metric: 'cpu', unit: '%' },
      { key: 'memory', metric: 'memory', unit: '%' },
    ],
    timeMs: timed ? timeMs : null,
    grid: timed ? { startMs: START_MS, stepMs: STEP_MS } : null,
    alignment: 'shared',
  };
}

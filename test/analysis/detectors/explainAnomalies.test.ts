import { describe, expect, it } from 'vitest';
import type { DetectorResult } from '../../../src/analysis/detectors/DetectorResult';
import { explainAnomalies, shiftWords } from '../../../src/analysis/detectors/explainAnomalies';
import { seasonalDetector } from '../../../src/analysis/detectors/seasonalDetector';
import { DAY, DIP, LEVEL_SHIFT, SPIKE, START_MS, STEP_MS, synthetic, timeMs } from './synthetic';

/** A one-point result flagged at index 1, with the season given. */
function one(period: number | null, deviation: number): DetectorResult {
  const f = (v: number) => Float64Array.of(NaN, v, NaN);
  return {
    detector: 'seasonal',
    causal: true,
    score: f(0.9),
    expected: f(10),
    scale: f(1),
    deviation: f(deviation),
    lower: f(6.5),
    upper: f(13.5),
    threshold: 3.5,
    scoreThreshold: 0.5,
    period,
    shifts: [],
    learning: 0,
  };
}

describe('explainAnomalies', () => {
  // 2024-01-02 is a Tuesday; index 1 is 14:00 UTC.
  const t = Float64Array.of(0, Date.UTC(2024, 0, 2, 14, 0), 0);

  it('names the hour and weekday for a weekly season', () => {
    const [e] = explainAnomalies([0, 13.8, 0], one(2016, 3.8), {
      timeMs: t.map((v, i) => (i === 1 ? v : v + i * STEP_MS)),
    });
    expect(e.words).toBe('3.8σ above the expected value for 14:00 on a Tuesday');
    expect(e).toMatchObject({
      index: 1,
      direction: 'above',
      kind: 'spike',
      value: 13.8,
      expected: 10,
    });
  });

  it('names the hour for a daily season, in the given time zone', () => {
    const step = Float64Array.of(
      Date.UTC(2024, 0, 2, 13, 55),
      Date.UTC(2024, 0, 2, 14, 0),
      Date.UTC(2024, 0, 2, 14, 5),
    );
    expect(explainAnomalies([0, 5, 0], one(288, -5), { timeMs: step })[0].words).toBe(
      '5.0σ below the expected value for 14:00',
    );
    expect(
      explainAnomalies([0, 5, 0], one(288, -5), { timeMs: step, timeZone: 'Europe/Paris' })[0]
        .words,
    ).toBe('5.0σ below the expected value for 15:00');
  });

  it('says only σ and direction without a season or times', () => {
    const [e] = explainAnomalies([0, 5, 0], one(null, -5));
    expect(e.words).toBe('5.0σ below the expected value');
    expect(e.kind).toBe('dip');
  });

  it('words a level shift by its percentage, or as a ratio beyond 3x', () => {
    expect(shiftWords({ index: 0, before: 92, after: 25, kind: 'levelShift' })).toBe(
      'level shift down by 73 %',
    );
    expect(shiftWords({ index: 0, before: 25, after: 85, kind: 'levelShift' })).toBe(
      'level shift up by 3.4×',
    );
    expect(shiftWords({ index: 0, before: 0, after: 2, kind: 'levelShift' })).toBe(
      'level shift up by 2.00',
    );
  });

  it('explains the synthetic spike, dip and level shift of a seasonal detector', () => {
    const x = synthetic({ seasonal: true });
    const result = seasonalDetector(x, { timeMs });
    const byIndex = new Map(explainAnomalies(x, result, { timeMs }).map((e) => [e.index, e]));
    const hhmm = (i: number) => new Date(START_MS + i * STEP_MS).toISOString().slice(11, 16);
    expect(result.period).toBe(DAY);
    expect(byIndex.get(SPIKE)?.words).toMatch(
      new RegExp(`^\\d+\\.\\dσ above the expected value for ${hhmm(SPIKE)}$`),
    );
    expect(byIndex.get(DIP)?.words).toMatch(
      new RegExp(`below the expected value for ${hhmm(DIP)}$`),
    );
    expect(byIndex.get(LEVEL_SHIFT)).toMatchObject({ kind: 'levelShift' });
    expect(byIndex.get(LEVEL_SHIFT)?.words).toMatch(/^level shift up by \d+ %$/);
  });
});

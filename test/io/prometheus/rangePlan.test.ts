import { describe, expect, it } from 'vitest';
import {
  chooseStep,
  chunkSteps,
  MAX_STEPS_PER_QUERY,
  planChunks,
  stepCount,
} from '../../../src/io/prometheus/rangePlan';

const DAY = 86_400;

describe('stepCount', () => {
  it.each([
    [0, 120, 60, 3],
    [0, 119, 60, 2],
    [0, 0, 60, 1],
    [10, 0, 60, 0],
    [0, 1, 0.5, 3],
  ])('stepCount(%d, %d, %d) is %d: both ends included', (start, end, step, expected) => {
    expect(stepCount(start, end, step)).toBe(expected);
  });
});

describe('chooseStep', () => {
  it('keeps the step asked for when series x steps is within the budget', () => {
    // 1,441 steps x 100 series = 144,100 points.
    expect(chooseStep(0, DAY, 60, 100, 144_100)).toBe(60);
  });

  it('picks the smallest round step coarser than asked that fits', () => {
    // 1 day at 1m is 1,441 x 1000 = 1,441,000 points, over 1e6; at 2m 721,000.
    expect(chooseStep(0, DAY, 60, 1000, 1e6)).toBe(120);
    // 30 days at 1m, 10,000 series: 4.32e8 points; 5m gives 8,641 x 1e4 = 8.6e7, 1h 7.2e6.
    expect(chooseStep(0, 30 * DAY, 60, 10_000, 1e7)).toBe(3600);
  });

  it('never picks a step finer than asked, round or not', () => {
    expect(chooseStep(0, DAY, 45, 1000, 1e6)).toBe(120);
    expect(chooseStep(0, DAY, 45, 1, 1e6)).toBe(45);
  });

  it('counts at least one series when the query matches none at the end of the range', () => {
    expect(chooseStep(0, 3600, 1, 0, 1000)).toBe(5);
    expect(chooseStep(0, 3600, 1, 1, 1000)).toBe(5);
  });

  it('goes to whole days past one day, enough of them to fit', () => {
    // A year at 1 d for 100 series is 366 x 100 = 36,600 points; a budget of 10,000 allows 100
    // steps a series, so 365 days / 99 intervals rounds up to 4 days.
    expect(chooseStep(0, 365 * DAY, 60, 100, 10_000)).toBe(4 * DAY);
    expect(100 * stepCount(0, 365 * DAY, 4 * DAY)).toBeLessThanOrEqual(10_000);
    expect(100 * stepCount(0, 365 * DAY, 3 * DAY)).toBeGreaterThan(10_000);
  });

  it('goes past a step of whole days asked for when that does not fit', () => {
    expect(chooseStep(0, 365 * DAY, 3 * DAY, 100, 10_000)).toBe(4 * DAY);
  });

  it('reads a budget under two points a series as two', () => {
    expect(chooseStep(0, 10 * DAY, 60, 100, 1)).toBe(10 * DAY);
  });
});

describe('chunkSteps', () => {
  it.each([
    [1, MAX_STEPS_PER_QUERY],
    [3, 11_000],
    [50, 10_000],
    [1000, 500],
    [0, 11_000],
    [1e7, 1],
  ])('chunkSteps(%d) is %d', (series, expected) => {
    expect(chunkSteps(series)).toBe(expected);
  });
});

describe('planChunks', () => {
  it('splits a range into chunks of whole steps, none asked twice, the last ending at the end', () => {
    expect(planChunks(0, 300, 60, 4)).toEqual([
      { startSec: 0, endSec: 180 },
      { startSec: 240, endSec: 300 },
    ]);
  });

  it('is one chunk when the range has no more steps than a chunk', () => {
    expect(planChunks(100, 700, 60, 11)).toEqual([{ startSec: 100, endSec: 700 }]);
    expect(planChunks(100, 700, 60, 11_000)).toEqual([{ startSec: 100, endSec: 700 }]);
  });

  it('keeps an end between steps on the last chunk (Prometheus stops at the last step before it)', () => {
    expect(planChunks(0, 250, 60, 3)).toEqual([
      { startSec: 0, endSec: 120 },
      { startSec: 180, endSec: 250 },
    ]);
  });

  it('covers every step of 10 days at 1m exactly once in two chunks of at most 11,000 steps', () => {
    const chunks = planChunks(0, 10 * DAY, 60, 11_000);
    expect(chunks).toEqual([
      { startSec: 0, endSec: 10_999 * 60 },
      { startSec: 11_000 * 60, endSec: 10 * DAY },
    ]);
    const steps = chunks.reduce((total, c) => total + stepCount(c.startSec, c.endSec, 60), 0);
    expect(steps).toBe(stepCount(0, 10 * DAY, 60));
  });

  it('is empty for a range that ends before it starts', () => {
    expect(planChunks(60, 0, 60, 10)).toEqual([]);
  });
});

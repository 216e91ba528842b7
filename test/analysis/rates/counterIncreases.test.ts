import { describe, expect, it } from 'vitest';
import { amountPerStep, amountRule } from '../../../src/analysis/rates/amountPerStep';
import { counterIncreases } from '../../../src/analysis/rates/counterIncreases';
import { looksLikeCounter } from '../../../src/analysis/rates/looksLikeCounter';

const f = (values: number[]) => Float64Array.from(values);

describe('counterIncreases', () => {
  it('gives each step the increase, and a reset step the new value (Prometheus rate())', () => {
    expect(Array.from(counterIncreases([10, 15, 3, 8]))).toEqual([NaN, 5, 3, 5]);
  });

  it('skips NaN samples and counts the next step from the last value', () => {
    expect(Array.from(counterIncreases([1, NaN, 4, 6]))).toEqual([NaN, NaN, 3, 2]);
  });

  it('is empty for no samples', () => {
    expect(counterIncreases([]).length).toBe(0);
  });
});

describe('looksLikeCounter', () => {
  it('is true for values that only grow, with a rare reset', () => {
    const growing = Array.from({ length: 200 }, (_, i) => (i === 100 ? 0 : i * 10));
    expect(looksLikeCounter(growing)).toBe(true);
  });

  it('is false for a gauge, a constant, or too few values', () => {
    expect(looksLikeCounter([5, 3, 6, 2, 7])).toBe(false);
    expect(looksLikeCounter([4, 4, 4])).toBe(false);
    expect(looksLikeCounter([1, 2])).toBe(false);
  });
});

describe('amountRule and amountPerStep', () => {
  it('reads a _total metric as a counter, a per-second unit as a rate, else as amounts', () => {
    expect(
      amountRule({ metric: 'node_network_receive_bytes_total', unit: 'B', values: f([1]) }),
    ).toBe('counter');
    expect(amountRule({ metric: 'bytes_in', unit: 'B/s', values: f([5, 3]) })).toBe('rate');
    expect(amountRule({ metric: 'bytes_in', unit: 'B', values: f([5, 3, 4]) })).toBe('amount');
  });

  it('turns a rate into amounts by the seconds between samples, and bits into bytes', () => {
    const timeMs = f([0, 60_000, 120_000]);
    expect(Array.from(amountPerStep(f([8, 16, 8]), timeMs, 'rate', 1 / 8))).toEqual([60, 120, 60]);
    expect(Array.from(amountPerStep(f([0, 60, 180]), timeMs, 'counter'))).toEqual([NaN, 60, 120]);
    expect(Array.from(amountPerStep(f([1, 2]), null, 'amount'))).toEqual([1, 2]);
  });
});

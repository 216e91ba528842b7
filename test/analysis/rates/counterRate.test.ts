import { describe, expect, it } from 'vitest';
import { counterRate } from '../../../src/analysis/rates/counterRate';

describe('counterRate', () => {
  it('gives a counter’s per-second rate, resets counted from zero, named and labelled as derived', () => {
    const rate = counterRate({
      name: 'node_network_receive_bytes_total{host="a"}',
      metric: 'node_network_receive_bytes_total',
      labels: { host: 'a' },
      unit: 'B',
      values: Float64Array.of(0, 600, 1800, 300),
      timeMs: Float64Array.of(0, 60_000, 120_000, 150_000),
    });
    expect(Array.from(rate.values)).toEqual([NaN, 10, 20, 10]);
    expect(rate).toMatchObject({
      name: 'rate(node_network_receive_bytes_total{host="a"})',
      metric: 'rate(node_network_receive_bytes_total)',
      labels: { host: 'a', derived: 'rate' },
      unit: 'B/s',
    });
  });

  it('is per second, whatever the counter counts', () => {
    const rate = counterRate({
      name: 'http_requests_total',
      metric: 'http_requests_total',
      labels: {},
      unit: 'count',
      values: Float64Array.of(1, 2, 4),
      timeMs: Float64Array.of(0, 1000, 2000),
    });
    expect(rate.unit).toBe('/s');
    expect(Array.from(rate.values)).toEqual([NaN, 1, 2]);
  });

  it('rates the sample after a gap over the seconds since the last sample, not one step', () => {
    const rate = counterRate({
      name: 'node_cpu_seconds_total',
      metric: 'node_cpu_seconds_total',
      labels: {},
      unit: 's',
      values: Float64Array.of(0, 30, NaN, 90, 120),
      timeMs: Float64Array.of(0, 60_000, 120_000, 180_000, 240_000),
    });
    expect(Array.from(rate.values)).toEqual([NaN, 0.5, NaN, 0.5, 0.5]);
  });
});

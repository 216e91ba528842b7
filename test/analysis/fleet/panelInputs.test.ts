import { describe, expect, it } from 'vitest';
import { dataCentreMetrics } from '../../../src/analysis/fleet/dataCentreMetrics';
import { requestTotals } from '../../../src/analysis/fleet/requestTotals';
import { trafficInputs } from '../../../src/analysis/fleet/trafficInputs';
import { metricSeries, minutes } from './fleetData';

describe('trafficInputs', () => {
  it('sums byte counters across hosts as per-step increases, resets handled, loopback and fleet series left out', () => {
    const timeMs = minutes(4);
    const inputs = trafficInputs([
      metricSeries(
        'node_network_receive_bytes_total',
        { instance: 'a', device: 'eth0' },
        [0, 100, 300, 50],
        { timeMs },
      ),
      metricSeries(
        'node_network_receive_bytes_total',
        { instance: 'b', device: 'eth0' },
        [0, 10, 20, 30],
        { timeMs },
      ),
      metricSeries(
        'node_network_receive_bytes_total',
        { instance: 'a', device: 'lo' },
        [0, 1e9, 2e9, 3e9],
        { timeMs },
      ),
      metricSeries(
        'node_network_transmit_bytes_total',
        { instance: 'a', device: 'eth0' },
        [0, 60, 120, 180],
        { timeMs },
      ),
    ]);
    if ('reason' in inputs) throw new Error(inputs.reason);
    expect(inputs.samplingSeconds).toBe(60);
    expect(Array.from(inputs.counters.bytesIn)).toEqual([NaN, 110, 210, 60]);
    expect(Array.from(inputs.counters.bytesOut)).toEqual([NaN, 60, 60, 60]);
    // No packet counters: packet sizes are unknown, not divided by zero.
    expect(Array.from(inputs.counters.packetsIn).every(Number.isNaN)).toBe(true);
  });

  it('reads byte rates (B/s) as amounts per step', () => {
    const timeMs = minutes(2);
    const inputs = trafficInputs([
      metricSeries('bytes_in', { host: 'a' }, [10, 20], { unit: 'B/s', timeMs }),
    ]);
    if ('reason' in inputs) throw new Error(inputs.reason);
    expect(Array.from(inputs.counters.bytesIn)).toEqual([600, 1200]);
    expect(Array.from(inputs.counters.bytesOut)).toEqual([0, 0]);
  });

  it('says what it needs when there are no network byte metrics', () => {
    expect(trafficInputs([metricSeries('cpu', { host: 'a' }, [1, 2])])).toHaveProperty('reason');
  });
});

describe('requestTotals', () => {
  it('totals a request counter per host over the whole range, adding a host’s status codes', () => {
    const timeMs = minutes(3);
    const totals = requestTotals([
      metricSeries('http_requests_total', { instance: 'a', code: '200' }, [100, 150, 200], {
        timeMs,
      }),
      metricSeries('http_requests_total', { instance: 'a', code: '500' }, [0, 5, 10], { timeMs }),
      metricSeries('http_requests_total', { instance: 'b', code: '200' }, [10, 20, 5], { timeMs }),
      metricSeries('cpu', { instance: 'a' }, [1, 2, 3], { timeMs }),
    ]);
    if ('reason' in totals) throw new Error(totals.reason);
    expect(totals.names).toEqual(['a', 'b']);
    // a: 100 + 10; b: 10 then a reset to 5 (counts 5).
    expect(Array.from(totals.requests)).toEqual([110, 15]);
    expect(totals.metric).toBe('http_requests_total');
  });

  it('reads a single sample per host as that host’s count', () => {
    const totals = requestTotals([
      metricSeries('requests', { host: 'a' }, [7]),
      metricSeries('requests', { host: 'b' }, [9]),
    ]);
    if ('reason' in totals) throw new Error(totals.reason);
    expect(Array.from(totals.requests)).toEqual([7, 9]);
  });

  it('needs a request metric on two hosts', () => {
    expect(requestTotals([metricSeries('requests', { host: 'a' }, [7])])).toHaveProperty('reason');
  });
});

describe('dataCentreMetrics', () => {
  it('weighs each data centre by its request total and averages its readings over hosts and time', () => {
    const inputs = dataCentreMetrics([
      metricSeries('requests', { dc: 'eu', host: 'a' }, [300]),
      metricSeries('requests', { dc: 'us', host: 'b' }, [100]),
      metricSeries('cpu', { dc: 'eu', host: 'a' }, [40, 60], { unit: '%' }),
      metricSeries('cpu', { dc: 'us', host: 'b' }, [10, 30], { unit: '%' }),
    ]);
    if ('reason' in inputs) throw new Error(inputs.reason);
    expect(inputs.label).toBe('dc');
    expect(inputs.weightMetric).toBe('requests');
    expect(inputs.dataCentres).toEqual([
      { name: 'eu', traffic: 300, metrics: { cpu: 50 } },
      { name: 'us', traffic: 100, metrics: { cpu: 20 } },
    ]);
    expect(inputs.units).toEqual({ requests: '', cpu: '%' });
  });

  it('reads a region label, and needs two centres', () => {
    const one = dataCentreMetrics([metricSeries('requests', { region: 'eu' }, [1])]);
    expect(one).toHaveProperty('reason');
  });
});

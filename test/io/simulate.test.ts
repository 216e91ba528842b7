import { describe, expect, it } from 'vitest';
import {
  DEFAULT_START_MS,
  simulateCpuHour,
  simulateDataCentres,
  simulateFarm,
  simulateLoadBalancer,
  simulateMetricSeries,
  simulateResponseTimes,
  simulateSlaMix,
  simulateStorageGrowth,
  simulateTraffic,
} from '../../src/io/simulate';
import { corrcoef, max, mean, median, min, std } from '../../src/kernel';

const scenarios = [
  ['simulateCpuHour', (seed: number) => simulateCpuHour(seed)],
  ['simulateFarm', (seed: number) => simulateFarm(seed, { servers: 20, hours: 6 })],
  ['simulateResponseTimes', (seed: number) => simulateResponseTimes(seed, { n: 500 })],
  ['simulateStorageGrowth', (seed: number) => simulateStorageGrowth(seed)],
  ['simulateTraffic', (seed: number) => simulateTraffic(seed, { minutes: 300 })],
  ['simulateLoadBalancer', (seed: number) => simulateLoadBalancer(seed, { requests: 1000 })],
  ['simulateSlaMix', (seed: number) => simulateSlaMix(seed, { n: 500 })],
  ['simulateMetricSeries', (seed: number) => simulateMetricSeries(seed, { minutes: 300 })],
  ['simulateDataCentres', (seed: number) => simulateDataCentres(seed)],
] as const;

describe('every scenario', () => {
  it.each(scenarios)('%s(seed) returns identical data for the same seed', (_, run) => {
    expect(run(11)).toEqual(run(11));
  });

  it.each(scenarios)('%s(seed) returns different data for another seed', (_, run) => {
    expect(run(11)).not.toEqual(run(12));
  });
});

/** Mean of x[from, to). */
function meanOf(x: Float64Array, from: number, to: number): number {
  return mean(x.subarray(from, to));
}

describe('simulateCpuHour(seed)', () => {
  it('keeps pinned first values for seed 42, so a change of generator is noticed', () => {
    expect(Array.from(simulateCpuHour(42).cpuPercent.subarray(0, 4))).toEqual([
      46.69788876790629, 50.12165144618041, 54.33685812381723, 57.94531874573571,
    ]);
  });

  it.each([1, 2, 3, 42, 1000])(
    'seed %i: 60 values in [0, 100], peak above 80, trough below 50, second rise above 75',
    (seed) => {
      const cpu = simulateCpuHour(seed).cpuPercent;
      expect(cpu).toHaveLength(60);
      expect(min(cpu)).toBeGreaterThanOrEqual(0);
      expect(max(cpu)).toBeLessThanOrEqual(100);
      expect(max(cpu.subarray(0, 20))).toBeGreaterThan(80);
      expect(min(cpu.subarray(20, 40))).toBeLessThan(50);
      expect(max(cpu.subarray(40, 60))).toBeGreaterThan(75);
    },
  );
});

describe('simulateFarm(seed, options)', () => {
  it('keeps pinned first values for seed 42', () => {
    expect(Array.from(simulateFarm(42).farm.data.subarray(0, 6))).toEqual([
      64.39020645082452, 72.2635217227523, 17.166016726622633, 61.713225900325284,
      71.93002926535075, 4.637308343416427,
    ]);
  });

  it('defaults to 10 servers x 24 hours x [cpu, memory, diskIo] named web-01..web-10', () => {
    const { farm, names, metricNames } = simulateFarm(1);
    expect(farm.shape).toEqual([10, 24, 3]);
    expect(farm.data).toHaveLength(720);
    expect(names).toEqual([
      'web-01',
      'web-02',
      'web-03',
      'web-04',
      'web-05',
      'web-06',
      'web-07',
      'web-08',
      'web-09',
      'web-10',
    ]);
    expect(metricNames).toEqual(['cpu', 'memory', 'diskIo']);
  });

  it('keeps cpu and memory in [0, 100] and disk IO non-negative', () => {
    const { farm } = simulateFarm(2, { servers: 200 });
    const cpu = farm.data.filter((_, i) => i % 3 === 0);
    const memory = farm.data.filter((_, i) => i % 3 === 1);
    const disk = farm.data.filter((_, i) => i % 3 === 2);
    expect([min(cpu), max(cpu), min(memory), max(memory)].every((v) => v >= 0 && v <= 100)).toBe(
      true,
    );
    expect(min(disk)).toBeGreaterThanOrEqual(0);
  });

  it('marks 15 % of servers hot (at least one), and those run hot in cpu and memory', () => {
    expect(simulateFarm(3, { servers: 1 }).hot).toEqual(new Uint32Array([0]));
    const { farm, hot } = simulateFarm(3, { servers: 100 });
    expect(hot).toHaveLength(15);
    const perServer = mean(farm, 1).data; // [server, metric]
    const isHot = new Set(hot);
    for (let s = 0; s < 100; s++) {
      const [cpu, memory] = [perServer[s * 3], perServer[s * 3 + 1]];
      if (isHot.has(s)) {
        expect(cpu).toBeGreaterThan(60);
        expect(memory).toBeGreaterThan(75);
      } else {
        expect(memory).toBeLessThan(80);
      }
    }
  });

  it('follows a daily cycle: mean cpu at 15:00 exceeds mean cpu at 03:00 by over 10 points', () => {
    const { farm } = simulateFarm(4, { servers: 50 });
    const byHour = mean(farm, 0).data; // [hour, metric]
    expect(byHour[15 * 3] - byHour[3 * 3]).toBeGreaterThan(10);
  });

  it('stepsPerHour: 60 gives per-minute steps, and 1000 x 1440 x 3 fills in well under 3 s', () => {
    const started = performance.now();
    const { farm, names, hot } = simulateFarm(5, { servers: 1000, hours: 24, stepsPerHour: 60 });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(farm.shape).toEqual([1000, 1440, 3]);
    expect(names[0]).toBe('web-0001');
    expect(names[999]).toBe('web-1000');
    expect(hot).toHaveLength(150);
  });

  it.each([
    [{ servers: -1 }, /servers/],
    [{ hours: 1.5 }, /hours/],
    [{ stepsPerHour: 0 }, /stepsPerHour/],
  ])('throws a RangeError naming the option for %o', (options, name) => {
    expect(() => simulateFarm(1, options)).toThrow(RangeError);
    expect(() => simulateFarm(1, options)).toThrow(name);
  });
});

describe('simulateResponseTimes(seed, { n })', () => {
  const { latencyMs, spikes, drops } = simulateResponseTimes(6);

  it('defaults to 1000 positive latencies with a median near 120 ms', () => {
    expect(latencyMs).toHaveLength(1000);
    expect(min(latencyMs)).toBeGreaterThan(0);
    expect(median(latencyMs)).toBeGreaterThan(110);
    expect(median(latencyMs)).toBeLessThan(130);
  });

  it('injects 10 spikes and 5 drops at distinct ascending indices, in separate buffers', () => {
    expect(spikes).toHaveLength(10);
    expect(drops).toHaveLength(5);
    expect([...spikes]).toEqual([...spikes].sort((a, b) => a - b));
    expect([...drops]).toEqual([...drops].sort((a, b) => a - b));
    expect(new Set([...spikes, ...drops]).size).toBe(15);
    expect(spikes.buffer).not.toBe(drops.buffer);
  });

  it('makes spikes exceed twice the median and drops fall below half of it', () => {
    const m = median(latencyMs);
    for (const i of spikes) expect(latencyMs[i]).toBeGreaterThan(2 * m);
    for (const i of drops) expect(latencyMs[i]).toBeLessThan(0.5 * m);
  });
});

describe('simulateStorageGrowth(seed, { days })', () => {
  it('gives 90 days by default, day = 0..89', () => {
    const { day, usedGb } = simulateStorageGrowth(7);
    expect(usedGb).toHaveLength(90);
    expect(Array.from(day)).toEqual(Array.from({ length: 90 }, (_, d) => d));
  });

  it.each([7, 8, 9])('seed %i: grows along its line, with residual sd near 3 GB', (seed) => {
    const { day, usedGb, startGb, slopeGbPerDay } = simulateStorageGrowth(seed, { days: 365 });
    expect(slopeGbPerDay).toBeGreaterThanOrEqual(1.5);
    expect(slopeGbPerDay).toBeLessThanOrEqual(3.5);
    // Means of the first and last 30 days, 335 days apart: their noise is ~0.8 GB.
    const slope = (meanOf(usedGb, 335, 365) - meanOf(usedGb, 0, 30)) / 335;
    expect(Math.abs(slope - slopeGbPerDay)).toBeLessThan(0.02);
    const residuals = usedGb.map((v, i) => v - startGb - slopeGbPerDay * day[i]);
    expect(std(residuals)).toBeGreaterThan(2.6);
    expect(std(residuals)).toBeLessThan(3.4);
  });
});

describe('simulateTraffic(seed, { minutes })', () => {
  const day = simulateTraffic(10);

  it('defaults to 1440 minutes of four non-negative columns, packets whole numbers', () => {
    for (const column of [day.bytesIn, day.bytesOut, day.packetsIn, day.packetsOut]) {
      expect(column).toHaveLength(1440);
      expect(min(column)).toBeGreaterThanOrEqual(0);
    }
    expect(day.packetsIn.every(Number.isInteger)).toBe(true);
    expect(day.packetsOut.every(Number.isInteger)).toBe(true);
  });

  it('keeps mean packet sizes in 500-900 B inbound and 1000-1400 B outbound', () => {
    const ratio = (bytes: Float64Array, packets: Float64Array) =>
      bytes.reduce((a, b) => a + b) / packets.reduce((a, b) => a + b);
    expect(ratio(day.bytesIn, day.packetsIn)).toBeGreaterThan(500);
    expect(ratio(day.bytesIn, day.packetsIn)).toBeLessThan(900);
    expect(ratio(day.bytesOut, day.packetsOut)).toBeGreaterThan(1000);
    expect(ratio(day.bytesOut, day.packetsOut)).toBeLessThan(1400);
    for (let t = 0; t < 1440; t++)
      expect(day.bytesOut[t] / day.packetsOut[t] || 0).toBeLessThanOrEqual(1400);
  });

  it('peaks in the afternoon: 12:00-18:00 carries over twice the bytes of 00:00-06:00', () => {
    expect(meanOf(day.bytesIn, 720, 1080)).toBeGreaterThan(2 * meanOf(day.bytesIn, 0, 360));
  });

  it('draws exponential bytes: near 15:00 over 20 days, mean ~40 MB and sd ~ mean', () => {
    const { bytesIn, spikes } = simulateTraffic(11, { minutes: 20 * 1440 });
    const burst = new Set(spikes);
    const near3pm: number[] = [];
    for (let d = 0; d < 20; d++) {
      for (let t = d * 1440 + 870; t < d * 1440 + 930; t++)
        if (!burst.has(t)) near3pm.push(bytesIn[t]);
    }
    // Exponential: sd = mean, so the standard error of the mean is mean / sqrt(n).
    expect(Math.abs(mean(near3pm) - 40e6)).toBeLessThan((4 * 40e6) / Math.sqrt(near3pm.length));
    expect(std(near3pm) / mean(near3pm)).toBeGreaterThan(0.85);
    expect(std(near3pm) / mean(near3pm)).toBeLessThan(1.15);
  });

  it('adds ~one burst per 6 hours, each over 4x the median of its hour', () => {
    expect(day.spikes).toHaveLength(4);
    for (const t of day.spikes) {
      const around = day.bytesIn.subarray(Math.max(0, t - 30), t + 30);
      expect(day.bytesIn[t]).toBeGreaterThan(4 * median(around));
    }
  });
});

describe('simulateLoadBalancer(seed, options)', () => {
  it('spreads all requests over 8 named servers, the hot one busiest and the cold one idlest', () => {
    const { names, requests, hot, cold } = simulateLoadBalancer(12);
    expect(names).toEqual([
      'web-01',
      'web-02',
      'web-03',
      'web-04',
      'web-05',
      'web-06',
      'web-07',
      'web-08',
    ]);
    expect(requests.reduce((a, b) => a + b)).toBe(10_000);
    expect(hot).not.toBe(cold);
    expect(requests[hot]).toBe(max(requests));
    expect(requests[cold]).toBe(min(requests));
    expect(requests[hot]).toBeGreaterThan(2 * median(requests));
    expect(requests[cold]).toBeLessThan(0.5 * median(requests));
  });

  it('throws a RangeError naming servers when fewer than 2', () => {
    expect(() => simulateLoadBalancer(1, { servers: 1 })).toThrow(/servers/);
  });
});

describe('simulateSlaMix(seed, { n })', () => {
  const { latencyMs } = simulateSlaMix(13);

  it('gives 10,000 latencies with mean 0.95*150 + 0.05*400 within 4 standard errors', () => {
    expect(latencyMs).toHaveLength(10_000);
    // Mixture sd: sqrt(E[X^2] - 162.5^2) = sqrt(30730 - 26406.25) ~ 65.76.
    expect(Math.abs(mean(latencyMs) - 162.5)).toBeLessThan((4 * 65.76) / 100);
  });

  it('puts ~4.2 % above 300 ms, as 5 % of normal(400, 100) does', () => {
    const share = latencyMs.filter((v) => v > 300).length / latencyMs.length;
    // 0.05 * P(N(400, 100) > 300) = 0.05 * 0.8413; binomial standard error ~0.002.
    expect(Math.abs(share - 0.04207)).toBeLessThan(4 * 0.002);
  });

  it('floors at 1 ms: a million draws of seed 2 reach the floor but never go under it', () => {
    const big = simulateSlaMix(2, { n: 1_000_000 }).latencyMs;
    expect(min(big)).toBe(1);
  });
});

describe('simulateMetricSeries(seed, options)', () => {
  const { timeMs, series } = simulateMetricSeries(14, { minutes: 3 * 1440 });

  it('shares one per-minute epoch-ms column from DEFAULT_START_MS (or startMs)', () => {
    expect(timeMs[0]).toBe(DEFAULT_START_MS);
    expect(timeMs[1] - timeMs[0]).toBe(60_000);
    expect(timeMs).toHaveLength(3 * 1440);
    for (const values of Object.values(series)) expect(values).toHaveLength(3 * 1440);
    expect(simulateMetricSeries(1, { minutes: 2, startMs: 5 }).timeMs).toEqual(
      new Float64Array([5, 60_005]),
    );
  });

  it('keeps cpu and memory in [0, 100], request rate >= 0 and p99 latency >= 1 ms', () => {
    expect(min(series.cpuPercent)).toBeGreaterThanOrEqual(0);
    expect(max(series.cpuPercent)).toBeLessThanOrEqual(100);
    expect(min(series.memoryPercent)).toBeGreaterThanOrEqual(0);
    expect(max(series.memoryPercent)).toBeLessThanOrEqual(100);
    expect(min(series.requestsPerSecond)).toBeGreaterThanOrEqual(0);
    expect(min(series.latencyP99Ms)).toBeGreaterThanOrEqual(1);
  });

  it('correlates p99 latency and request rate with cpu (r > 0.8)', () => {
    const r = corrcoef([series.cpuPercent, series.latencyP99Ms, series.requestsPerSecond]);
    expect(r[1]).toBeGreaterThan(0.8);
    expect(r[2]).toBeGreaterThan(0.8);
  });

  it('trends memory up: the last tenth averages over 25 points above the first', () => {
    const n = timeMs.length;
    const first = meanOf(series.memoryPercent, 0, n / 10);
    const last = meanOf(series.memoryPercent, n - n / 10, n);
    expect(last - first).toBeGreaterThan(25);
  });
});

describe('simulateDataCentres(seed, { count })', () => {
  it('defaults to 4 region-named centres with positive traffic and plausible readings', () => {
    const centres = simulateDataCentres(15);
    expect(centres.map((dc) => dc.name)).toEqual(['us-east', 'eu-west', 'ap-south', 'us-west']);
    for (const { traffic, metrics } of centres) {
      expect(traffic).toBeGreaterThan(0);
      expect(Number.isInteger(traffic)).toBe(true);
      expect(metrics.cpu).toBeGreaterThanOrEqual(5);
      expect(metrics.cpu).toBeLessThanOrEqual(98);
      expect(metrics.errorRate).toBeGreaterThanOrEqual(0);
    }
  });

  it('leaves latencyMs out of the last centre only, so coverage is partial', () => {
    const centres = simulateDataCentres(16, { count: 8 });
    expect(centres.map((dc) => 'latencyMs' in dc.metrics)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it.each([0, 9, 2.5])('throws a RangeError naming count for count %s', (count) => {
    expect(() => simulateDataCentres(1, { count })).toThrow(RangeError);
    expect(() => simulateDataCentres(1, { count })).toThrow(/count/);
  });
});

import { type NDArray, ndarray } from '../kernel';
import { type Random, random } from './random';

// The seeded simulator: one function per scenario of the seed guide. Each draws from its own named
// stream (see random.ts), so one seed gives every scenario independent numbers, and returns plain
// columns (Float64Array) ready for the kernel and for transfer to a worker.

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/** 2026-01-01T00:00:00Z, the default start of simulated time series: fixed, so output is too. */
export const DEFAULT_START_MS = 1_767_225_600_000;

/** Throws a RangeError naming `name` unless value is an integer in [min, max]; returns value. */
function checkCount(name: string, value: number, min = 0, max = Infinity): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Infinity ? `>= ${min}` : `in [${min}, ${max}]`;
    throw new RangeError(`${name} must be an integer ${range}, got ${value}`);
  }
  return value;
}

function clamp(value: number, lo: number, hi: number): number {
  return value < lo ? lo : value > hi ? hi : value;
}

/** Daily load envelope in [0, 1]: trough at 03:00, peak at 15:00 (a raised cosine). */
function diurnal(hourOfDay: number): number {
  return 0.5 - 0.5 * Math.cos((2 * Math.PI * (hourOfDay - 3)) / 24);
}

/** 'web-01', 'web-02', ...; zero-padded to the width of `count` so names sort like numbers. */
function serverNames(count: number): string[] {
  const width = Math.max(2, String(count).length);
  return Array.from({ length: count }, (_, i) => `web-${String(i + 1).padStart(width, '0')}`);
}

/** round(share x n) distinct indices from [0, n), at least one unless n = 0, ascending. */
function sortedShare(rng: Random, n: number, share: number): Uint32Array {
  return rng.sample(n, Math.min(n, Math.max(1, Math.round(n * share)))).sort();
}

/** One hour of CPU load, one value per minute. */
export interface CpuHour {
  cpuPercent: Float64Array;
}

/**
 * 60 per-minute CPU % values shaped like the seed's hour: a rise to a peak near minute 11 (88-96 %),
 * a trough near minute 31 (32-42 %), a second rise near minute 50 (84-92 %), plus small noise,
 * clipped to [0, 100]. Peak times, heights and the trough vary a little with the seed.
 * @example simulateCpuHour(7).cpuPercent.length // 60
 */
export function simulateCpuHour(seed: number): CpuHour {
  const rng = random(seed, 'cpuHour');
  const trough = 32 + 10 * rng.uniform();
  const peaks = [
    { at: rng.normal(11, 1), height: 88 + 8 * rng.uniform(), width: 8 },
    { at: rng.normal(50, 1), height: 84 + 8 * rng.uniform(), width: 11 },
  ];
  const cpuPercent = new Float64Array(60);
  for (let minute = 0; minute < 60; minute++) {
    let level = trough;
    for (const p of peaks)
      level += (p.height - trough) * Math.exp(-(((minute - p.at) / p.width) ** 2));
    cpuPercent[minute] = clamp(level + rng.normal(0, 1.5), 0, 100);
  }
  return { cpuPercent };
}

export interface FarmOptions {
  servers?: number;
  hours?: number;
  /** Time steps per hour: 1 for hourly data, 60 for per-minute data. */
  stepsPerHour?: number;
}

/** The farm's third axis: cpu (%), memory (%), diskIo (MB/s). */
export const FARM_METRICS = ['cpu', 'memory', 'diskIo'] as const;

/** A server farm: farm[server, step, metric] with metrics cpu %, memory %, disk IO MB/s. */
export interface Farm {
  farm: NDArray;
  names: string[];
  metricNames: typeof FARM_METRICS;
  /** Ascending indices of the servers simulated to run hot (ground truth for health analysis). */
  hot: Uint32Array;
}

// Share of servers that run hot; 15 % makes 2 of the default 10.
const HOT_FRACTION = 0.15;

/**
 * A farm of `servers` x (`hours` x `stepsPerHour`) x 3 metrics (cpu %, memory %, disk IO MB/s),
 * starting at midnight, with a daily cycle (peak at 15:00), autocorrelated noise and exponential
 * disk bursts. About 15 % of servers (at least one) run hot: CPU near 78 %, memory near 85 %.
 * One Float64Array, filled in place: 1000 servers x 1440 steps (4.3M values) takes well under 1 s.
 * @example simulateFarm(1).farm.shape // [10, 24, 3]
 */
export function simulateFarm(seed: number, options: FarmOptions = {}): Farm {
  const servers = checkCount('servers', options.servers ?? 10);
  const hours = checkCount('hours', options.hours ?? 24);
  const stepsPerHour = checkCount('stepsPerHour', options.stepsPerHour ?? 1, 1);
  const steps = hours * stepsPerHour;
  const rng = random(seed, 'farm');
  const hot = sortedShare(rng, servers, HOT_FRACTION);
  const isHot = new Uint8Array(servers);
  for (const s of hot) isHot[s] = 1;
  const envelope = new Float64Array(steps);
  for (let t = 0; t < steps; t++) envelope[t] = diurnal(t / stepsPerHour);

  const data = new Float64Array(servers * steps * 3);
  for (let s = 0; s < servers; s++) {
    const cpuBase = isHot[s] ? rng.normal(78, 4) : rng.normal(35, 8);
    const cpuSwing = rng.normal(20, 4);
    const memBase = isHot[s] ? rng.normal(85, 3) : rng.normal(50, 8);
    const diskBase = Math.max(0, rng.normal(40, 10)) * (isHot[s] ? 1.5 : 1);
    // AR(1) noise: load drifts rather than jumping independently from step to step.
    let cpuNoise = 0;
    let memNoise = 0;
    for (let t = 0, o = s * steps * 3; t < steps; t++, o += 3) {
      cpuNoise = 0.8 * cpuNoise + rng.normal(0, 3);
      memNoise = 0.95 * memNoise + rng.normal(0, 0.6);
      const e = envelope[t];
      data[o] = clamp(cpuBase + cpuSwing * (e - 0.5) + cpuNoise, 0, 100);
      data[o + 1] = clamp(memBase + 6 * (e - 0.5) + memNoise, 0, 100);
      data[o + 2] = diskBase * (0.4 + 0.6 * e) * rng.exponential(1);
    }
  }
  return {
    farm: ndarray(data, [servers, steps, 3]),
    names: serverNames(servers),
    metricNames: FARM_METRICS,
    hot,
  };
}

/** Latencies with injected anomalies; the indices are the ground truth for detectors. */
export interface ResponseTimes {
  latencyMs: Float64Array;
  /** Ascending indices multiplied by 4-8 (spikes). */
  spikes: Uint32Array;
  /** Ascending indices multiplied by 0.10-0.25 (drops), disjoint from spikes. */
  drops: Uint32Array;
}

/**
 * `n` response times in ms: log-normal around a 120 ms median (sigma 0.2, so always positive),
 * with round(1 % of n) spikes (x4-x8) and round(0.5 % of n) drops (x0.10-x0.25) at random indices.
 * @example simulateResponseTimes(3).spikes.length // 10
 */
export function simulateResponseTimes(seed: number, options: { n?: number } = {}): ResponseTimes {
  const n = checkCount('n', options.n ?? 1000);
  const rng = random(seed, 'responseTimes');
  const latencyMs = new Float64Array(n);
  for (let i = 0; i < n; i++) latencyMs[i] = 120 * Math.exp(rng.normal(0, 0.2));
  const spikeCount = Math.round(n * 0.01);
  const picks = rng.sample(n, spikeCount + Math.round(n * 0.005));
  const spikes = picks.slice(0, spikeCount).sort();
  const drops = picks.slice(spikeCount).sort();
  for (const i of spikes) latencyMs[i] *= 4 + 4 * rng.uniform();
  for (const i of drops) latencyMs[i] *= 0.1 + 0.15 * rng.uniform();
  return { latencyMs, spikes, drops };
}

/** Daily storage use, with the line it was drawn around (ground truth for trend fits). */
export interface StorageGrowth {
  day: Float64Array;
  usedGb: Float64Array;
  startGb: number;
  slopeGbPerDay: number;
}

/**
 * `days` daily storage readings: startGb (400-600) + slopeGbPerDay (1.5-3.5) x day + normal noise
 * (sd 3 GB). `day` is 0, 1, ..., days - 1.
 * @example simulateStorageGrowth(5).usedGb.length // 90
 */
export function simulateStorageGrowth(
  seed: number,
  options: { days?: number } = {},
): StorageGrowth {
  const days = checkCount('days', options.days ?? 90);
  const rng = random(seed, 'storageGrowth');
  const startGb = 400 + 200 * rng.uniform();
  const slopeGbPerDay = 1.5 + 2 * rng.uniform();
  const day = new Float64Array(days);
  const usedGb = new Float64Array(days);
  for (let d = 0; d < days; d++) {
    day[d] = d;
    usedGb[d] = startGb + slopeGbPerDay * d + rng.normal(0, 3);
  }
  return { day, usedGb, startGb, slopeGbPerDay };
}

/** Per-minute network counters from midnight on, with the minutes that got a burst. */
export interface Traffic {
  bytesIn: Float64Array;
  bytesOut: Float64Array;
  packetsIn: Float64Array;
  packetsOut: Float64Array;
  /** Ascending minutes with an added burst of 5-10x the minute's mean, in and out. */
  spikes: Uint32Array;
}

// Mean bytes per minute at the daily peak: inbound requests are smaller than outbound responses.
const PEAK_BYTES_IN = 40e6;
const PEAK_BYTES_OUT = 120e6;

/**
 * `minutes` of traffic: bytes are exponential with a mean of 40 MB in and 120 MB out per minute at
 * the 15:00 peak, 25 % of that at 03:00, plus about one burst per 6 hours. Packets are ceil(bytes / packet size), with mean
 * packet sizes drawn per minute: 500-900 B inbound, 1000-1400 B outbound.
 * @example simulateTraffic(2).bytesIn.length // 1440
 */
export function simulateTraffic(seed: number, options: { minutes?: number } = {}): Traffic {
  const minutes = checkCount('minutes', options.minutes ?? 1440);
  const rng = random(seed, 'traffic');
  const scale = new Float64Array(minutes);
  const bytesIn = new Float64Array(minutes);
  const bytesOut = new Float64Array(minutes);
  for (let t = 0; t < minutes; t++) {
    scale[t] = 0.25 + 0.75 * diurnal(t / 60);
    bytesIn[t] = rng.exponential(PEAK_BYTES_IN * scale[t]);
    bytesOut[t] = rng.exponential(PEAK_BYTES_OUT * scale[t]);
  }
  const spikes = sortedShare(rng, minutes, 1 / 360);
  for (const t of spikes) {
    const burst = 5 + 5 * rng.uniform();
    bytesIn[t] += burst * PEAK_BYTES_IN * scale[t];
    bytesOut[t] += burst * PEAK_BYTES_OUT * scale[t];
  }
  const packetsIn = new Float64Array(minutes);
  const packetsOut = new Float64Array(minutes);
  for (let t = 0; t < minutes; t++) {
    packetsIn[t] = Math.ceil(bytesIn[t] / (500 + 400 * rng.uniform()));
    packetsOut[t] = Math.ceil(bytesOut[t] / (1000 + 400 * rng.uniform()));
  }
  return { bytesIn, bytesOut, packetsIn, packetsOut, spikes };
}

/** Requests per server behind a load balancer, with the hot and cold servers' indices. */
export interface LoadBalancer {
  names: string[];
  requests: Float64Array;
  hot: number;
  cold: number;
}

/**
 * `requests` requests spread over `servers` (at least 2): each request picks a server at random
 * with weight ~1 (sd 0.1), except one hot server (weight 2.5) and one cold server (weight 0.3).
 * The counts sum to `requests`.
 * @example simulateLoadBalancer(4).names // ['web-01', ..., 'web-08']
 */
export function simulateLoadBalancer(
  seed: number,
  options: { servers?: number; requests?: number } = {},
): LoadBalancer {
  const servers = checkCount('servers', options.servers ?? 8, 2);
  const total = checkCount('requests', options.requests ?? 10_000);
  const rng = random(seed, 'loadBalancer');
  const [hot, cold] = rng.sample(servers, 2);
  const cumulative = new Float64Array(servers);
  for (let s = 0, acc = 0; s < servers; s++) {
    const weight = s === hot ? 2.5 : s === cold ? 0.3 : clamp(rng.normal(1, 0.1), 0.5, 1.5);
    cumulative[s] = acc += weight;
  }
  const requests = new Float64Array(servers);
  for (let r = 0; r < total; r++) {
    const u = rng.uniform() * cumulative[servers - 1];
    // Binary search for the first server whose cumulative weight exceeds u.
    let lo = 0;
    let hi = servers - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    requests[lo]++;
  }
  return { names: serverNames(servers), requests, hot, cold };
}

/** Latencies from a two-component mixture, for SLA percentile panels. */
export interface SlaMix {
  latencyMs: Float64Array;
}

/**
 * `n` latencies in ms from a mixture: each is normal(150, 30) with probability 0.95, otherwise
 * normal(400, 100) (a slow path); floored at 1 ms. Mean 162.5 ms, sd about 65.8 ms before the floor.
 * @example simulateSlaMix(9).latencyMs.length // 10000
 */
export function simulateSlaMix(seed: number, options: { n?: number } = {}): SlaMix {
  const n = checkCount('n', options.n ?? 10_000);
  const rng = random(seed, 'slaMix');
  const latencyMs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const slow = rng.uniform() < 0.05;
    latencyMs[i] = Math.max(1, slow ? rng.normal(400, 100) : rng.normal(150, 30));
  }
  return { latencyMs };
}

/** Per-minute service metrics sharing one time column, in the columnar layout uPlot uses. */
export interface MetricSeries {
  /** Epoch ms, one per minute. */
  timeMs: Float64Array;
  series: {
    cpuPercent: Float64Array;
    memoryPercent: Float64Array;
    latencyP99Ms: Float64Array;
    requestsPerSecond: Float64Array;
  };
}

/**
 * `minutes` per-minute metrics from `startMs` (default DEFAULT_START_MS): request rate follows the
 * daily envelope (UTC), CPU follows request rate, p99 latency follows CPU (and climbs faster above
 * 80 % CPU, as queues build), and memory rises steadily from ~45 % to ~80 % over the span (a leak).
 * @example simulateMetricSeries(1, { minutes: 3 }).timeMs // [1767225600000, 1767225660000, ...]
 */
export function simulateMetricSeries(
  seed: number,
  options: { minutes?: number; startMs?: number } = {},
): MetricSeries {
  const minutes = checkCount('minutes', options.minutes ?? 1440);
  const startMs = options.startMs ?? DEFAULT_START_MS;
  const rng = random(seed, 'metricSeries');
  const timeMs = new Float64Array(minutes);
  const cpuPercent = new Float64Array(minutes);
  const memoryPercent = new Float64Array(minutes);
  const latencyP99Ms = new Float64Array(minutes);
  const requestsPerSecond = new Float64Array(minutes);
  let rateNoise = 0;
  let cpuNoise = 0;
  for (let i = 0; i < minutes; i++) {
    timeMs[i] = startMs + i * MINUTE_MS;
    const e = diurnal(timeMs[i] / HOUR_MS);
    rateNoise = 0.9 * rateNoise + rng.normal(0, 0.02);
    cpuNoise = 0.7 * cpuNoise + rng.normal(0, 2);
    requestsPerSecond[i] = Math.max(0, 300 * (0.3 + 0.7 * e) * (1 + rateNoise));
    const cpu = clamp(10 + 0.22 * requestsPerSecond[i] + cpuNoise, 0, 100);
    cpuPercent[i] = cpu;
    const queueing = cpu > 80 ? 8 * (cpu - 80) : 0;
    latencyP99Ms[i] = Math.max(1, 90 + 2.2 * cpu + queueing + rng.normal(0, 10));
    const leak = minutes > 1 ? i / (minutes - 1) : 0;
    memoryPercent[i] = clamp(45 + 35 * leak + 3 * (e - 0.5) + rng.normal(0, 1.5), 0, 100);
  }
  return { timeMs, series: { cpuPercent, memoryPercent, latencyP99Ms, requestsPerSecond } };
}

/** One data centre's request volume and its current readings, keyed by metric name. */
export interface DataCentre {
  name: string;
  /** Requests per minute: the weight of this centre's readings in a traffic-weighted average. */
  traffic: number;
  metrics: Record<string, number>;
}

const REGIONS = [
  'us-east',
  'eu-west',
  'ap-south',
  'us-west',
  'eu-central',
  'ap-northeast',
  'sa-east',
  'af-south',
];

/**
 * `count` (1-8) data centres named after regions, with log-normal traffic (median 50,000 requests a
 * minute, so a few centres dominate) and readings cpu (%), latencyMs and errorRate (%). The last
 * centre reports no latencyMs (a centre without probes), to exercise partial coverage.
 * @example simulateDataCentres(1).map((dc) => dc.name) // ['us-east', 'eu-west', 'ap-south', 'us-west']
 */
export function simulateDataCentres(seed: number, options: { count?: number } = {}): DataCentre[] {
  const count = checkCount('count', options.count ?? 4, 1, REGIONS.length);
  const rng = random(seed, 'dataCentres');
  return REGIONS.slice(0, count).map((name, i) => {
    const cpu = clamp(rng.normal(55, 15), 5, 98);
    const latencyMs = 60 + 1.5 * cpu + rng.exponential(20);
    const errorRate = rng.exponential(0.5);
    const metrics: Record<string, number> =
      i === count - 1 ? { cpu, errorRate } : { cpu, latencyMs, errorRate };
    return { name, traffic: Math.round(50_000 * Math.exp(rng.normal(0, 0.8))), metrics };
  });
}

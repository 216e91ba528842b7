import type { Dataset, Series } from './dataset';
import { DEFAULT_START_MS, FARM_METRICS } from './simulate';
import type { Demo } from './simulateDemo';
import { seriesName } from '../model/seriesName';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** One source of the demo, as a reader would return it: a name and a dataset. */
export interface NamedDataset {
  readonly name: string;
  readonly dataset: Dataset;
}

/** The units of the seed's farm metrics (cpu, memory, diskIo). */
const FARM_UNITS: Record<(typeof FARM_METRICS)[number], string> = {
  cpu: '%',
  memory: '%',
  diskIo: 'MB/s',
};

/** The units of the seed's data-centre readings. */
const DATA_CENTRE_UNITS: Record<string, string> = { cpu: '%', latencyMs: 'ms', errorRate: '%' };

function series(
  metric: string,
  labels: Record<string, string>,
  unit: string,
  values: Float64Array,
  name = seriesName(metric, labels),
): Series {
  let missing = 0;
  for (const v of values) if (v !== v) missing++;
  return { name, metric, labels, unit, values, missing };
}

/** `length` timestamps `stepMs` apart from the simulator's start. */
function timeAxis(length: number, stepMs: number): Float64Array {
  const timeMs = new Float64Array(length);
  for (let i = 0; i < length; i++) timeMs[i] = DEFAULT_START_MS + i * stepMs;
  return timeMs;
}

/**
 * The demo laid out as the datasets a reader would give, each scenario on its own time axis, every
 * series with the metric name and labels an SRE's data would have: the seed's CPU hour, the per-minute
 * metrics, response times, storage, SLA latencies; the farm as one series per host and metric
 * (label `host`); the traffic counters per minute (label `device`); requests per load-balanced
 * server (one sample each, label `host`); and each data centre's traffic and readings (one sample
 * each, label `dc`).
 */
export function demoDatasets(demo: Demo): NamedDataset[] {
  const { metrics, farm, traffic, loadBalancer } = demo;
  const [, steps, farmMetrics] = farm.farm.shape;
  const lane = (s: number, m: number) => {
    const values = new Float64Array(steps);
    for (let t = 0; t < steps; t++) values[t] = farm.farm.data[(s * steps + t) * farmMetrics + m];
    return values;
  };
  const device = { device: 'eth0' };
  return [
    {
      name: 'seed hour',
      dataset: {
        timeMs: null,
        series: [series('cpu_seed_hour', {}, '%', demo.cpuHour.cpuPercent, 'cpu % (seed hour)')],
      },
    },
    {
      name: 'metrics',
      dataset: {
        timeMs: metrics.timeMs,
        series: [
          series('cpu_percent', {}, '%', metrics.series.cpuPercent, 'cpu %'),
          series('memory_percent', {}, '%', metrics.series.memoryPercent, 'memory %'),
          series('latency_p99', {}, 'ms', metrics.series.latencyP99Ms, 'latency p99 (ms)'),
          series(
            'requests_per_second',
            {},
            'req/s',
            metrics.series.requestsPerSecond,
            'requests/s',
          ),
        ],
      },
    },
    {
      name: 'response times',
      dataset: {
        timeMs: null,
        series: [
          series('response_time', {}, 'ms', demo.responseTimes.latencyMs, 'response time (ms)'),
        ],
      },
    },
    {
      name: 'storage',
      dataset: {
        timeMs: null,
        series: [series('storage_used', {}, 'GB', demo.storage.usedGb, 'storage used (GB)')],
      },
    },
    {
      name: 'SLA',
      dataset: {
        timeMs: null,
        series: [series('sla_latency', {}, 'ms', demo.slaMix.latencyMs, 'SLA latency (ms)')],
      },
    },
    {
      name: 'farm',
      dataset: {
        timeMs: timeAxis(steps, DAY_MS / steps),
        series: farm.names.flatMap((host, s) =>
          farm.metricNames.map((metric, m) =>
            series(metric, { host }, FARM_UNITS[metric], lane(s, m)),
          ),
        ),
      },
    },
    {
      name: 'traffic',
      dataset: {
        timeMs: timeAxis(traffic.bytesIn.length, MINUTE_MS),
        series: [
          series('network_receive_bytes', device, 'B', traffic.bytesIn),
          series('network_transmit_bytes', device, 'B', traffic.bytesOut),
          series('network_receive_packets', device, 'count', traffic.packetsIn),
          series('network_transmit_packets', device, 'count', traffic.packetsOut),
        ],
      },
    },
    {
      name: 'load balancer',
      dataset: {
        timeMs: null,
        series: loadBalancer.names.map((host, s) =>
          series('http_requests', { host }, 'count', Float64Array.of(loadBalancer.requests[s])),
        ),
      },
    },
    {
      name: 'data centres',
      dataset: {
        timeMs: null,
        series: demo.dataCentres.flatMap(({ name: dc, traffic: requests, metrics: readings }) => [
          series('requests', { dc }, 'count', Float64Array.of(requests)),
          ...Object.entries(readings).map(([metric, value]) =>
            series(metric, { dc }, DATA_CENTRE_UNITS[metric] ?? '', Float64Array.of(value)),
          ),
        ]),
      },
    },
  ];
}

import {
  type CpuHour,
  type DataCentre,
  type Farm,
  type LoadBalancer,
  type MetricSeries,
  type ResponseTimes,
  type SlaMix,
  type StorageGrowth,
  type Traffic,
  simulateCpuHour,
  simulateDataCentres,
  simulateFarm,
  simulateLoadBalancer,
  simulateMetricSeries,
  simulateResponseTimes,
  simulateSlaMix,
  simulateStorageGrowth,
  simulateTraffic,
} from './simulate';

export type DemoSize = 'small' | 'medium' | 'large';

/** Everything the dashboard's demo shows, from one seed. */
export interface Demo {
  cpuHour: CpuHour;
  farm: Farm;
  responseTimes: ResponseTimes;
  storage: StorageGrowth;
  traffic: Traffic;
  loadBalancer: LoadBalancer;
  slaMix: SlaMix;
  metrics: MetricSeries;
  dataCentres: DataCentre[];
}

/**
 * The scenario options behind each demo size:
 * - small: the seed guide's sizes (farm 10 servers x 24 hours, 1,000 latencies, 90 days of storage,
 *   one day of traffic and of metrics, 8 servers x 10,000 requests, 10,000 SLA samples, 4 data
 *   centres);
 * - medium: 100 servers x one day per minute, 1e5 latencies/SLA samples/metric minutes (~69 days),
 *   a year of storage, a week of traffic, 16 servers x 1e5 requests, 8 data centres;
 * - large: 1000 servers x one day per minute (4.3M values), 1e6 latencies/SLA samples/metric
 *   minutes (~694 days), ten years of storage, 30 days of traffic, 64 servers x 1e6 requests,
 *   8 data centres.
 */
export const DEMO_SIZES = {
  small: {
    farm: { servers: 10, hours: 24, stepsPerHour: 1 },
    responseTimes: { n: 1000 },
    storage: { days: 90 },
    traffic: { minutes: 1440 },
    loadBalancer: { servers: 8, requests: 10_000 },
    slaMix: { n: 10_000 },
    metrics: { minutes: 1440 },
    dataCentres: { count: 4 },
  },
  medium: {
    farm: { servers: 100, hours: 24, stepsPerHour: 60 },
    responseTimes: { n: 100_000 },
    storage: { days: 365 },
    traffic: { minutes: 7 * 1440 },
    loadBalancer: { servers: 16, requests: 100_000 },
    slaMix: { n: 100_000 },
    metrics: { minutes: 100_000 },
    dataCentres: { count: 8 },
  },
  large: {
    farm: { servers: 1000, hours: 24, stepsPerHour: 60 },
    responseTimes: { n: 1_000_000 },
    storage: { days: 3650 },
    traffic: { minutes: 30 * 1440 },
    loadBalancer: { servers: 64, requests: 1_000_000 },
    slaMix: { n: 1_000_000 },
    metrics: { minutes: 1_000_000 },
    dataCentres: { count: 8 },
  },
} as const satisfies Record<DemoSize, unknown>;

/**
 * All demo data for `seed` at `size` (see DEMO_SIZES). Each scenario draws from its own stream of
 * the seed, so changing one scenario's size leaves the others' numbers unchanged.
 * Large allocates about 100 MB and takes around a second in Node.
 * @example simulateDemo(1, 'small').farm.farm.shape // [10, 24, 3]
 */
export function simulateDemo(seed: number, size: DemoSize): Demo {
  const options = DEMO_SIZES[size];
  return {
    cpuHour: simulateCpuHour(seed),
    farm: simulateFarm(seed, options.farm),
    responseTimes: simulateResponseTimes(seed, options.responseTimes),
    storage: simulateStorageGrowth(seed, options.storage),
    traffic: simulateTraffic(seed, options.traffic),
    loadBalancer: simulateLoadBalancer(seed, options.loadBalancer),
    slaMix: simulateSlaMix(seed, options.slaMix),
    metrics: simulateMetricSeries(seed, options.metrics),
    dataCentres: simulateDataCentres(seed, options.dataCentres),
  };
}

import type { TrafficView } from '../../src/analysis/views/trafficView';

/**
 * A four-minute traffic view with one spike (minute 2) for the traffic charts' tests, with
 * `hourlyMbps` and, when given, hours 2 and 0 as the peaks.
 */
export function fixtureTrafficView(hourlyMbps: Float64Array | null = null): TrafficView {
  return {
    bandwidth: {
      name: 'bandwidth',
      unit: 'Mbps',
      xKind: 'index',
      x: Float64Array.of(0, 1, 2, 3),
      y: Float64Array.of(10, 12, 50, 11),
      length: 4,
    },
    spikes: { x: Float64Array.of(2), y: Float64Array.of(50) },
    stats: {
      p50Mbps: 11.5,
      p95Mbps: 44.3,
      p99Mbps: 48.9,
      meanMbps: 20.75,
      peakMbps: 50,
      spikeThresholdMbps: 60,
      meanPacketBytes: 800,
      spikeCount: 1,
      samples: 4,
    },
    hourlyMbps,
    peakHours: hourlyMbps ? { hours: Uint32Array.of(2, 0), values: Float64Array.of(9, 5) } : null,
    note: 'Bytes and packets from the counters bytes_total and packets_total.',
  };
}

import { nanmean } from '../../kernel';
import {
  analyzeTraffic,
  type TrafficCounters,
  type TrafficOptions,
  type TrafficResult,
} from '../analyzeTraffic';
import { seriesView, type SeriesView } from './seriesView';

/** The Network traffic panel: bandwidth line, spikes, headline figures and peak hours. */
export interface TrafficView {
  readonly bandwidth: SeriesView;
  readonly spikes: { readonly x: Float64Array; readonly y: Float64Array };
  readonly stats: Pick<
    TrafficResult,
    'p50Mbps' | 'p95Mbps' | 'p99Mbps' | 'meanMbps' | 'peakMbps' | 'spikeThresholdMbps'
  > & { readonly meanPacketBytes: number; readonly spikeCount: number; readonly samples: number };
  readonly hourlyMbps: Float64Array | null;
  readonly peakHours: TrafficResult['peakHours'];
}

/**
 * analyzeTraffic() shaped for the panel: bandwidth decimated for drawing (x = minute index), spikes
 * as points, and the mean packet size over samples that had packets (NaN samples skipped).
 */
export function trafficView(counters: TrafficCounters, options: TrafficOptions = {}): TrafficView {
  const t = analyzeTraffic(counters, options);
  return {
    bandwidth: seriesView('bandwidth', 'Mbps', t.bandwidthMbps),
    spikes: { x: Float64Array.from(t.spikeIndices), y: t.spikeMbps },
    stats: {
      p50Mbps: t.p50Mbps,
      p95Mbps: t.p95Mbps,
      p99Mbps: t.p99Mbps,
      meanMbps: t.meanMbps,
      peakMbps: t.peakMbps,
      spikeThresholdMbps: t.spikeThresholdMbps,
      meanPacketBytes: nanmean(t.avgPacketBytes),
      spikeCount: t.spikeIndices.length,
      samples: t.bandwidthMbps.length,
    },
    hourlyMbps: t.hourlyMbps,
    peakHours: t.peakHours,
  };
}

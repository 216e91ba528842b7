import { nanmean } from '../../kernel';
import { analyzeTraffic, type TrafficOptions, type TrafficResult } from '../analyzeTraffic';
import type { TrafficInputs } from '../fleet/trafficInputs';
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
  /** Where the counters came from and how they were read (see trafficInputs). */
  readonly note: string;
}

/**
 * analyzeTraffic() of the counters found in the data (trafficInputs, sampled every
 * `samplingSeconds`) shaped for the panel: bandwidth decimated for drawing (x = time, or sample
 * index when untimed), spikes as points, and the mean packet size over samples that had packets
 * (NaN samples skipped).
 */
export function trafficView(
  inputs: TrafficInputs,
  options: Omit<TrafficOptions, 'samplingSeconds'> = {},
): TrafficView {
  const { counters, samplingSeconds, timeMs } = inputs;
  const t = analyzeTraffic(counters, { ...options, samplingSeconds });
  const xAt = (i: number) => (timeMs ? timeMs[i] : i);
  return {
    bandwidth: seriesView('bandwidth', 'Mbps', t.bandwidthMbps, timeMs ?? undefined),
    spikes: { x: Float64Array.from(t.spikeIndices, xAt), y: t.spikeMbps },
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
    note: inputs.note,
  };
}

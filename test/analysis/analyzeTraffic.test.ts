import { describe, expect, it } from 'vitest';
import { analyzeTraffic } from '../../src/analysis/analyzeTraffic';
import { core } from '../helpers/analysisCore';
import { expectNumpyClose } from '../helpers/fixtures';

const want = core.traffic;
const day = {
  bytesIn: want.bytes_in,
  bytesOut: want.bytes_out,
  packetsIn: want.packets_in,
  packetsOut: want.packets_out,
};

describe('analyzeTraffic', () => {
  it('analyzeTraffic(a day per minute) matches NumPy per sample: bytes, Mbps, bytes per packet', () => {
    const got = analyzeTraffic(day);
    expectNumpyClose(got.totalBytes, want.total_bytes);
    expectNumpyClose(got.bandwidthMbps, want.bandwidth_mbps);
    expectNumpyClose(got.avgPacketBytes, want.avg_packet_bytes);
  });

  it('analyzeTraffic(a day) gives NaN bytes per packet, not Infinity, where no packets flowed', () => {
    const got = analyzeTraffic(day);
    for (const i of [17, 600, 1439]) expect(got.avgPacketBytes[i]).toBeNaN();
    expect(got.avgPacketBytes.some((v) => !Number.isNaN(v) && !Number.isFinite(v))).toBe(false);
  });

  it('analyzeTraffic(a day) matches NumPy spikes above mean + 2 std, percentiles, mean and peak', () => {
    const got = analyzeTraffic(day);
    expectNumpyClose(got.spikeThresholdMbps, want.spike_threshold);
    expect(Array.from(got.spikeIndices)).toEqual(want.spike_indices);
    expectNumpyClose(got.spikeMbps, want.spike_values);
    expectNumpyClose([got.p50Mbps, got.p95Mbps, got.p99Mbps], want.percentiles);
    expectNumpyClose(got.meanMbps, want.mean);
    expectNumpyClose(got.peakMbps, want.peak);
  });

  it('analyzeTraffic(a whole day) includes hourly means and the top 3 hours', () => {
    const got = analyzeTraffic(day);
    expectNumpyClose(got.hourlyMbps!, want.hourly);
    expect(Array.from(got.peakHours!.hours)).toEqual(want.peak_hours);
    expect(got.peakHours!.hours).toHaveLength(3);
    expect(analyzeTraffic(day, { topHours: 5 }).peakHours!.hours).toHaveLength(5);
  });

  it('analyzeTraffic(x) leaves hourly out when the samples are not whole hours', () => {
    const cut = { bytesIn: [1e6], bytesOut: [0], packetsIn: [10], packetsOut: [0] };
    expect(analyzeTraffic(cut).hourlyMbps).toBeNull();
    expect(analyzeTraffic(cut).peakHours).toBeNull();
    expect(analyzeTraffic(day, { samplingSeconds: 7 }).hourlyMbps).toBeNull();
  });

  it('analyzeTraffic(two samples, samplingSeconds 1) computes Mbps and bytes per packet by hand', () => {
    const got = analyzeTraffic(
      { bytesIn: [1e6, 2e6], bytesOut: [250000, 0], packetsIn: [1000, 0], packetsOut: [250, 0] },
      { samplingSeconds: 1 },
    );
    expect(Array.from(got.bandwidthMbps)).toEqual([10, 16]);
    expect(got.avgPacketBytes[0]).toBe(1000);
    expect(got.avgPacketBytes[1]).toBeNaN();
    expect(got.meanMbps).toBe(13);
    expect(got.peakMbps).toBe(16);
  });

  it('analyzeTraffic(counters, {spikeSigma}) moves the spike line', () => {
    const got = analyzeTraffic(day, { spikeSigma: 0 });
    expectNumpyClose(got.spikeThresholdMbps, want.mean);
    expect(got.spikeIndices.length).toBeGreaterThan(want.spike_indices.length);
  });

  it('analyzeTraffic skips NaN samples in every statistic', () => {
    const got = analyzeTraffic(
      {
        bytesIn: [1e6, NaN, 3e6],
        bytesOut: [0, 0, 0],
        packetsIn: [1, 1, 1],
        packetsOut: [0, 0, 0],
      },
      { samplingSeconds: 1 },
    );
    expect(got.meanMbps).toBe(16);
    expect(got.peakMbps).toBe(24);
    expect(got.p50Mbps).toBe(16);
  });

  it('analyzeTraffic throws a RangeError for empty, mismatched counters or a bad sampling period', () => {
    const empty = { bytesIn: [], bytesOut: [], packetsIn: [], packetsOut: [] };
    expect(() => analyzeTraffic(empty)).toThrow(/bytesIn/);
    expect(() => analyzeTraffic({ ...day, packetsOut: [1] })).toThrow(/packetsOut/);
    expect(() => analyzeTraffic(day, { samplingSeconds: 0 })).toThrow(/samplingSeconds/);
    expect(() => analyzeTraffic(day, { samplingSeconds: 0 })).toThrow(RangeError);
  });
});

// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { formatValue } from '../../../../src/charts/formatNumber';
import { peakHoursOption } from '../../../../src/charts/peakHoursOption';
import { lightTheme } from '../../../../src/charts/theme';
import { trafficOption } from '../../../../src/charts/trafficOption';
import { TrafficPanel } from '../../../../src/components/panels/traffic/TrafficPanel';
import { lastOption, plain } from '../../fakeEcharts';
import { region, renderWithStore, resultOf, statCard } from '../../renderWithStore';

vi.mock('../../../../src/components/chart/echarts', () => import('../../fakeEcharts'));

const result = () => resultOf('traffic');

describe('TrafficPanel', () => {
  it('shows p50/p95/p99 in bit/s, the mean packet size in bytes and the spike count', async () => {
    await renderWithStore(<TrafficPanel />);
    const panel = region('Network traffic');
    const { stats } = result();
    expect(statCard(panel, 'p50')).toBe(formatValue(stats.p50Mbps, 'Mbps'));
    expect(statCard(panel, 'p95')).toBe(formatValue(stats.p95Mbps, 'Mbps'));
    expect(statCard(panel, 'p99')).toBe(formatValue(stats.p99Mbps, 'Mbps'));
    expect(statCard(panel, 'p50')).toMatch(/^[\d.,]+ [kMG]?bit\/s$/);
    expect(statCard(panel, 'Mean packet size')).toBe(formatValue(stats.meanPacketBytes, 'B'));
    expect(statCard(panel, 'Mean packet size')).toMatch(/^[\d.,]+ (B|KiB)$/);
    expect(statCard(panel, 'Spikes')).toBe(
      `${stats.spikeCount} over ${formatValue(stats.spikeThresholdMbps, 'Mbps')}`,
    );
    expect(stats.spikeCount).toBeGreaterThan(0);
  });

  it('draws the bandwidth and the peak hours as two charts', async () => {
    await renderWithStore(<TrafficPanel />);
    expect(plain(lastOption('Bandwidth chart'))).toEqual(
      plain(trafficOption(result(), lightTheme)),
    );
    expect(plain(lastOption('Peak hours chart'))).toEqual(
      plain(peakHoursOption(result(), lightTheme)),
    );
  });
});

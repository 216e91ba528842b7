import { describe, expect, it } from 'vitest';
import type { DataCentresView } from '../../../../src/analysis/views/dataCentresView';
import { dataCentresStats } from '../../../../src/components/panels/dataCentres/dataCentresStats';

describe('dataCentresStats', () => {
  it('dataCentresStats(view) gives the centres, their traffic and each weighted average in its unit', () => {
    const view: DataCentresView = {
      aggregate: {
        metricNames: ['cpu', 'latency'],
        averages: Float64Array.of(20, 50),
        coverage: Float64Array.of(1, 0.75),
        dataCentres: ['eu', 'us'],
        weightShares: Float64Array.of(0.75, 0.25),
        totalTraffic: 4000,
      },
      dataCentres: [
        { name: 'eu', traffic: 3000, metrics: { cpu: 10, latency: 50 } },
        { name: 'us', traffic: 1000, metrics: { cpu: 50 } },
      ],
      label: 'dc',
      weightMetric: 'requests',
      units: { cpu: '%', latency: 'ms' },
      note: '',
    };
    expect(dataCentresStats(view)).toEqual([
      { label: 'Data centres', value: '2' },
      { label: 'Traffic', value: '4,000' },
      { label: 'Weighted cpu', value: '20 %' },
      { label: 'Weighted latency', value: '50 ms' },
    ]);
  });
});

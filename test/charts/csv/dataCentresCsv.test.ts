import { describe, expect, it } from 'vitest';
import type { DataCentresView } from '../../../src/analysis/views/dataCentresView';
import { dataCentresCsv } from '../../../src/charts/csv/dataCentresCsv';

/** Two centres, one without a latency reading, by hand (weightedAggregate's numbers). */
function view(): DataCentresView {
  return {
    aggregate: {
      metricNames: ['cpu', 'latency'],
      averages: Float64Array.of(20, 50),
      coverage: Float64Array.of(1, 0.75),
      dataCentres: ['eu-west', 'us-east'],
      weightShares: Float64Array.of(0.75, 0.25),
      totalTraffic: 4000,
    },
    dataCentres: [
      { name: 'eu-west', traffic: 3000, metrics: { cpu: 10, latency: 50 } },
      { name: 'us-east', traffic: 1000, metrics: { cpu: 50 } },
    ],
    label: 'dc',
    weightMetric: 'requests',
    units: { cpu: '%', latency: 'ms' },
    note: '',
  };
}

describe('dataCentresCsv', () => {
  it('dataCentresCsv(view) lists each centre, then the weighted averages and the traffic behind them', () => {
    expect(dataCentresCsv(view())).toBe(
      'data centre,traffic,share,cpu (%),latency (ms)\r\n' +
        'eu-west,3000,0.75,10,50\r\n' +
        'us-east,1000,0.25,50,\r\n' +
        'weighted average,4000,1,20,50\r\n' +
        'traffic covered,,,1,0.75\r\n',
    );
  });
});

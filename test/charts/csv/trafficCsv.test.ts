import { describe, expect, it } from 'vitest';
import type { TrafficView } from '../../../src/analysis/views/trafficView';
import { trafficCsv } from '../../../src/charts/csv/trafficCsv';
import { fixtureTrafficView } from '../fixtureTrafficView';

const T0 = Date.UTC(2024, 0, 1);

describe('trafficCsv', () => {
  it('trafficCsv(view) gives each drawn sample’s bandwidth and the spike’s bandwidth on its row', () => {
    expect(trafficCsv(fixtureTrafficView())).toBe(
      'index,bandwidth (Mbps),spike (Mbps)\r\n0,10,\r\n1,12,\r\n2,50,50\r\n3,11,\r\n',
    );
  });

  it('puts a spike the line does not draw on a row of its own, in time order, with ISO UTC times', () => {
    const base = fixtureTrafficView();
    const at = (minutes: number[]) => Float64Array.from(minutes, (m) => T0 + m * 60_000);
    const view: TrafficView = {
      ...base,
      bandwidth: {
        ...base.bandwidth,
        xKind: 'time',
        x: at([0, 2, 4]),
        y: Float64Array.of(10, 50, 11),
      },
      spikes: { x: at([-1, 2, 3, 5]), y: Float64Array.of(40, 50, 45.5, 41) },
    };
    expect(trafficCsv(view)).toBe(
      'time,bandwidth (Mbps),spike (Mbps)\r\n' +
        '2023-12-31T23:59:00.000Z,,40\r\n' +
        '2024-01-01T00:00:00.000Z,10,\r\n' +
        '2024-01-01T00:02:00.000Z,50,50\r\n' +
        '2024-01-01T00:03:00.000Z,,45.5\r\n' +
        '2024-01-01T00:04:00.000Z,11,\r\n' +
        '2024-01-01T00:05:00.000Z,,41\r\n',
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { FarmView } from '../../../src/analysis/views/farmView';
import { farmCsv } from '../../../src/charts/csv/farmCsv';

/** Three servers with cpu %, memory % and disk I/O means, by hand; c is over both lines. */
function view(cpuMetric: string | null = 'cpu', memoryMetric: string | null = 'memory'): FarmView {
  return {
    health: {
      means: { data: Float64Array.of(50, 60, 5, 20, NaN, 1, 90.25, 95, 7), shape: [3, 3] },
      score: Float64Array.of(38.333333333333336, 15, 64.08333333333333),
      highCpu: [{ index: 2, name: 'c', value: 90.25 }],
      highMemory: [{ index: 2, name: 'c', value: 95 }],
      ranking: [
        { index: 2, name: 'c', value: 64.08333333333333 },
        { index: 0, name: 'a,1', value: 38.333333333333336 },
        { index: 1, name: 'b', value: 15 },
      ],
    },
    heatmap: {
      rows: 1,
      columns: 1,
      values: Float64Array.of(50),
      rowStart: Uint32Array.of(0, 3),
      colStart: Uint32Array.of(0, 1),
      min: 50,
      max: 50,
    },
    metrics: [
      { key: 'cpu', metric: 'cpu', unit: '%' },
      { key: 'memory', metric: 'memory', unit: '%' },
      { key: 'disk_io', metric: 'disk_io', unit: 'MB/s' },
    ],
    metric: 0,
    metricName: 'cpu',
    unit: '%',
    cpuMetric,
    memoryMetric,
    scoreRule: '',
    alignment: '',
    order: ['c', 'a,1', 'b'],
    time: null,
    peers: null,
  };
}

describe('farmCsv', () => {
  it('farmCsv(view) lists every server, most loaded first, with each metric mean, score and alert flags', () => {
    expect(farmCsv(view())).toBe(
      'rank,server,cpu (%),memory (%),disk_io (MB/s),score,high cpu,high memory\r\n' +
        '1,c,90.25,95,7,64.08333333333333,true,true\r\n' +
        '2,"a,1",50,60,5,38.333333333333336,false,false\r\n' +
        '3,b,20,,1,15,false,false\r\n',
    );
  });

  it('has no alert columns for a farm without CPU % or memory % metrics', () => {
    expect(farmCsv(view(null, null)).split('\r\n')[0]).toBe(
      'rank,server,cpu (%),memory (%),disk_io (MB/s),score',
    );
  });
});

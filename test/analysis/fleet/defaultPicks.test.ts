import { describe, expect, it } from 'vitest';
import { defaultPicks } from '../../../src/analysis/fleet/defaultPicks';
import { metricGroups } from '../../../src/analysis/fleet/metricGroups';
import type { SeriesInfo } from '../../../src/analysis/fleet/seriesInfo';

const info = (
  name: string,
  metric: string,
  labels: Record<string, string>,
  { unit = '', length = 100, timed = true } = {},
): SeriesInfo => ({ name, metric, labels, unit, length, timed, missing: 0 });

describe('metricGroups', () => {
  it('groups a metric’s series by their label names, leaving out singles and fleet aggregates', () => {
    const groups = metricGroups([
      info('cpu{host="a"}', 'cpu', { host: 'a' }, { unit: '%' }),
      info('cpu{host="b"}', 'cpu', { host: 'b' }, { unit: '%' }),
      info('cpu{dc="eu"}', 'cpu', { dc: 'eu' }, { unit: '%' }),
      info('cpu{dc="us"}', 'cpu', { dc: 'us' }, { unit: '%' }),
      info('cpu (fleet mean)', 'cpu', { fleet: 'mean' }, { unit: '%' }),
      info('load', 'load', {}),
    ]);
    expect(groups).toEqual([
      {
        metric: 'cpu',
        labelNames: ['host'],
        unit: '%',
        series: ['cpu{host="a"}', 'cpu{host="b"}'],
      },
      { metric: 'cpu', labelNames: ['dc'], unit: '%', series: ['cpu{dc="eu"}', 'cpu{dc="us"}'] },
    ]);
  });
});

describe('defaultPicks', () => {
  it('opens the Overview on every host of one metric, and SLA on a latency series', () => {
    const picks = defaultPicks([
      info('node_load1{instance="a"}', 'node_load1', { instance: 'a' }),
      info('node_load1{instance="b"}', 'node_load1', { instance: 'b' }),
      info('node_load1{instance="c"}', 'node_load1', { instance: 'c' }),
      info(
        'http_request_duration_seconds',
        'http_request_duration_seconds',
        {},
        { unit: 's', length: 50 },
      ),
    ]);
    expect(picks.overview).toEqual([
      'node_load1{instance="a"}',
      'node_load1{instance="b"}',
      'node_load1{instance="c"}',
    ]);
    expect(picks.sla).toBe('http_request_duration_seconds');
    expect(picks.anomalies).toBe('http_request_duration_seconds');
  });

  it('picks no SLA series when nothing is a latency, and the longest series elsewhere', () => {
    const picks = defaultPicks([
      info('cpu', 'cpu', {}, { unit: '%', length: 10 }),
      info('temperature', 'temperature', {}, { length: 30 }),
    ]);
    expect(picks.sla).toBeNull();
    expect(picks.anomalies).toBe('temperature');
    expect(picks.capacity).toBe('cpu');
    expect(picks.overview).toEqual(['temperature']);
  });

  it('never picks a series with fewer than 2 samples, and gives the Trends one series per metric', () => {
    const picks = defaultPicks([
      info('one', 'one', {}, { length: 1 }),
      info('a{host="x"}', 'a', { host: 'x' }),
      info('a{host="y"}', 'a', { host: 'y' }),
      info('b', 'b', {}),
    ]);
    expect(picks.anomalies).not.toBe('one');
    expect(picks.trends).toEqual(['b', 'a{host="x"}']);
  });
});

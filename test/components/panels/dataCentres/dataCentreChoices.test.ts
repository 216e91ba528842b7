import { describe, expect, it } from 'vitest';
import { dataCentreChoices } from '../../../../src/components/panels/dataCentres/dataCentreChoices';

const entry = (name: string, metric: string, labels: Record<string, string>) => ({
  name,
  metric,
  labels,
  unit: '',
  length: 10,
  timed: true,
  missing: 0,
});

const series = [
  entry('a', 'requests', { dc: 'eu', host: 'h1' }),
  entry('b', 'cpu', { region: 'west', instance: 'h2' }),
  entry('c', 'load', { host: 'h3' }),
  entry('d', 'cpu (fleet mean)', { fleet: 'mean' }),
];

describe('dataCentreChoices', () => {
  it('offers every label that could name a place, never hosts, files or fleet statistics', () => {
    expect(dataCentreChoices(series, undefined).labels).toEqual(['dc', 'region']);
  });

  it('offers the metrics of the series that carry the chosen label, or any place label', () => {
    expect(dataCentreChoices(series, 'region').metrics).toEqual(['cpu']);
    expect(dataCentreChoices(series, undefined).metrics).toEqual(['requests', 'cpu']);
  });
});

import { describe, expect, it } from 'vitest';
import { seriesName } from '../../src/model/seriesName';

describe('seriesName', () => {
  it('is the metric alone when there are no labels', () => {
    expect(seriesName('cpu %', {})).toBe('cpu %');
  });

  it('appends the labels in Prometheus notation, sorted by name, values escaped', () => {
    expect(seriesName('cpu', { host: 'web-01', dc: 'e"u' })).toBe('cpu{dc="e\\"u",host="web-01"}');
  });

  it('keeps a metric that is not a Prometheus identifier in front, unquoted', () => {
    expect(seriesName('cpu %', { host: 'a' })).toBe('cpu %{host="a"}');
  });

  it('leaves out the labels named in omit and empty values', () => {
    expect(seriesName('up', { instance: 'a:9100', job: 'node', env: '' }, ['instance'])).toBe(
      'up{job="node"}',
    );
  });

  it('is the bare metric when every label is left out', () => {
    expect(seriesName('cpu', { host: 'web-01' }, ['host'])).toBe('cpu');
  });
});

import { describe, expect, it } from 'vitest';
import { parseLabels } from '../../../src/io/prometheus/parseLabels';

const labels = (series: string) => {
  const parsed = parseLabels(series);
  return parsed && Object.fromEntries(parsed);
};

describe('parseLabels', () => {
  it('gives the name under __name__ and the labels in file order', () => {
    const parsed = parseLabels('http_requests_total{method="post",code="200"}');
    expect([...parsed!]).toEqual([
      ['__name__', 'http_requests_total'],
      ['method', 'post'],
      ['code', '200'],
    ]);
  });

  it('reads a bare name and an empty block', () => {
    expect(labels('up')).toEqual({ __name__: 'up' });
    expect(labels('up{}')).toEqual({ __name__: 'up' });
    expect(labels('{}')).toEqual({});
  });

  it('unescapes \\\\, \\" and \\n in values, as in the text format docs', () => {
    expect(
      labels('msdos{path="C:\\\\DIR\\\\FILE.TXT",error="Cannot find file:\\n\\"FILE.TXT\\""}'),
    ).toEqual({
      __name__: 'msdos',
      path: 'C:\\DIR\\FILE.TXT',
      error: 'Cannot find file:\n"FILE.TXT"',
    });
  });

  it('keeps any other backslash pair as it is, as Prometheus does', () => {
    expect(labels('x{a="tab\\there"}')).toEqual({ __name__: 'x', a: 'tab\\there' });
  });

  it('reads promtool blanks after commas, a trailing comma and blanks around =', () => {
    expect(labels('{__name__="up", instance="srv-01:9100", job="node"}')).toEqual({
      __name__: 'up',
      instance: 'srv-01:9100',
      job: 'node',
    });
    expect(labels('up{ job = "a" , }')).toEqual({ __name__: 'up', job: 'a' });
  });

  it('reads the quoted names of Prometheus 3', () => {
    expect(labels('{"my.metric","my.label"="v",b="w"}')).toEqual({
      __name__: 'my.metric',
      'my.label': 'v',
      b: 'w',
    });
  });

  it.each([
    ['a label given twice', 'x{a="1",a="2"}'],
    ['__name__ given as well as the name', 'x{__name__="y"}'],
    ['two quoted names', '{"a","b"}'],
    ['an unquoted value', 'x{a=1}'],
    ['a missing comma', 'x{a="1" b="2"}'],
    ['an unclosed value', 'x{a="1}'],
    ['a bare unquoted name', 'x{a}'],
    ['a backslash at the end of the value', 'x{a="\\'],
    ['text after the block', 'x{a="1"}y'],
    ['a label name starting with a digit', 'x{1a="1"}'],
  ])('is null for %s', (_, series) => {
    expect(parseLabels(series)).toBeNull();
  });
});

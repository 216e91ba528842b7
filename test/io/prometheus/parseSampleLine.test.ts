import { describe, expect, it } from 'vitest';
import { parseSampleLine } from '../../../src/io/prometheus/parseSampleLine';

describe('parseSampleLine', () => {
  it.each([
    ['up 1', { series: 'up', value: '1', timestamp: null }],
    [
      'up{job="node"} 1 1700000000000',
      { series: 'up{job="node"}', value: '1', timestamp: '1700000000000' },
    ],
    [
      '{__name__="up", instance="srv-01:9100"} 0 1700000000000',
      { series: '{__name__="up", instance="srv-01:9100"}', value: '0', timestamp: '1700000000000' },
    ],
    ['  up \t 1\t 2  ', { series: 'up', value: '1', timestamp: '2' }],
    ['a:b_c9 NaN', { series: 'a:b_c9', value: 'NaN', timestamp: null }],
    ['x{a="} 1 2"} 3', { series: 'x{a="} 1 2"}', value: '3', timestamp: null }],
    ['x{a="\\"}"} 3', { series: 'x{a="\\"}"}', value: '3', timestamp: null }],
    ['x{} 3', { series: 'x{}', value: '3', timestamp: null }],
    ['{"my.metric"} 3', { series: '{"my.metric"}', value: '3', timestamp: null }],
  ])('cuts %j into series, value and timestamp', (line, parts) => {
    expect(parseSampleLine(line)).toEqual(parts);
  });

  it('drops an OpenMetrics exemplar, with or without a timestamp before it', () => {
    expect(parseSampleLine('b{le="0.1"} 8 # {trace_id="a b"} 0.067 1.5')).toEqual({
      series: 'b{le="0.1"}',
      value: '8',
      timestamp: null,
    });
    expect(parseSampleLine('b{le="0.1"} 8 1700000000.5 # {trace_id="x"} 0.067')).toEqual({
      series: 'b{le="0.1"}',
      value: '8',
      timestamp: '1700000000.5',
    });
  });

  it('leaves the value and timestamp tokens unchecked', () => {
    expect(parseSampleLine('up abc xyz')).toEqual({ series: 'up', value: 'abc', timestamp: 'xyz' });
  });

  it.each([
    ['no value', 'up'],
    ['no value after labels', 'up{job="a"}'],
    ['blanks but no value', 'up{job="a"}   '],
    ['an unclosed label block', 'up{job="a" 1 2'],
    ['an unclosed quote', 'up{job="a} 1'],
    ['a token after the timestamp', 'up 1 2 3'],
    ['no blank after the labels', 'up{job="a"}1'],
    ['a name starting with a digit', '9up 1'],
    ['no name and no labels', '1 2'],
    ['a CSV row', 'cpu,1'],
    ['a comment as the value', 'up # 1'],
    ['an empty line', ''],
  ])('is null for %s', (_, line) => {
    expect(parseSampleLine(line)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { formatSeriesName } from '../../src/model/formatSeriesName';
import { parseLabels } from '../../src/io/prometheus/parseLabels';

const map = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('formatSeriesName', () => {
  it('writes name{label="value",...} with the labels sorted by name', () => {
    expect(formatSeriesName(map({ __name__: 'x', method: 'post', code: '200' }))).toBe(
      'x{code="200",method="post"}',
    );
  });

  it('leaves out the label asked for, and the block when nothing is left', () => {
    const labels = map({ __name__: 'up', instance: 'srv-01:9100', job: 'node' });
    expect(formatSeriesName(labels, 'instance')).toBe('up{job="node"}');
    expect(formatSeriesName(map({ __name__: 'up', instance: 'a' }), 'instance')).toBe('up');
  });

  it('escapes \\, " and newlines in values', () => {
    expect(formatSeriesName(map({ __name__: 'x', a: 'C:\\d "q"\nz' }))).toBe(
      'x{a="C:\\\\d \\"q\\"\\nz"}',
    );
  });

  it('writes a series without a name as its block, and one without anything as {}', () => {
    expect(formatSeriesName(map({ job: 'node' }))).toBe('{job="node"}');
    expect(formatSeriesName(map({}))).toBe('{}');
  });

  it('quotes names that are not identifiers, as Prometheus 3 does (labels still sorted)', () => {
    expect(formatSeriesName(map({ __name__: 'my.metric', 'my.label': 'v', b: 'w' }))).toBe(
      '{"my.metric",b="w","my.label"="v"}',
    );
  });

  it('is the inverse of parseLabels on its own output', () => {
    const name = 'x{a="C:\\\\d \\"q\\"\\nz",b=""}';
    expect(formatSeriesName(parseLabels(name)!)).toBe(name);
  });
});

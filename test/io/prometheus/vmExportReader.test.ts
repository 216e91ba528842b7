import { describe, expect, it } from 'vitest';
import { skipLog } from '../../../src/io/metrics/skipLog';
import { vmExportReader } from '../../../src/io/prometheus/vmExportReader';

function read(lines: string[]) {
  const log = skipLog();
  const reader = vmExportReader(log);
  reader.add({ lines, firstLine: 1, bytesRead: 0 });
  return { ...reader.finish(), skipped: log.entries(), linesParsed: reader.linesParsed };
}

// The /api/v1/export line shape from the VictoriaMetrics docs ("How to export time series").
const line = (instance: string, values: unknown[], timestamps: unknown[]) =>
  JSON.stringify({ metric: { __name__: 'up', job: 'node', instance }, values, timestamps });

describe('vmExportReader', () => {
  it('reads each line as a series, metric __name__ and the other labels, on the union of times', () => {
    const { result, time, linesParsed } = read([
      line('a', [1, 0], [1700000000000, 1700000010000]),
      '',
      line('b', [1], [1700000010000]),
    ]);
    expect(linesParsed).toBe(2);
    expect(time).toMatchObject({ kind: 'epoch-ms' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.rowsRead).toBe(2);
    expect(result.dataset.timeMs).toEqual(Float64Array.of(1700000000000, 1700000010000));
    expect(result.dataset.series).toEqual([
      {
        name: 'up{instance="a",job="node"}',
        metric: 'up',
        labels: { job: 'node', instance: 'a' },
        unit: '',
        values: Float64Array.of(1, 0),
        missing: 0,
      },
      {
        name: 'up{instance="b",job="node"}',
        metric: 'up',
        labels: { job: 'node', instance: 'b' },
        unit: '',
        values: Float64Array.of(NaN, 1),
        missing: 1,
      },
    ]);
  });

  it('skips bad lines with their line numbers and reasons, keeping the good ones', () => {
    const { result, skipped } = read([
      line('a', [1], [1000]),
      '{"metric":',
      line('b', [1, 2], [1000]),
      line('c', ['x'], [1000]),
      line('d', [1], ['soon']),
    ]);
    expect(result.ok && result.rowsRead).toBe(1);
    expect(skipped.map(({ reason, examples }) => [reason, examples.map((e) => e.line)])).toEqual([
      ['field-count', [2, 3]],
      ['non-numeric', [4]],
      ['bad-timestamp', [5]],
    ]);
  });

  it('reads null values as missing', () => {
    const { result } = read([line('a', [null, 2], [1000, 2000])]);
    expect(result.ok && result.dataset.series[0].missing).toBe(1);
  });
});

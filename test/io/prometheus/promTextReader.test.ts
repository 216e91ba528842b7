import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { skipLog } from '../../../src/io/metrics/skipLog';
import { promTextReader } from '../../../src/io/prometheus/promTextReader';

const FIXTURES = fileURLToPath(new URL('../../fixtures/io/', import.meta.url));
const fixture = (name: string) => readFileSync(FIXTURES + name, 'utf8');

/** Reads `text` split into batches of `perBatch` lines; msPerUnit as in finish. */
function read(text: string, msPerUnit = 1, perBatch = Infinity) {
  const log = skipLog();
  const reader = promTextReader(log);
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (let from = 0; from < lines.length; from += perBatch) {
    const slice = lines.slice(from, from + perBatch);
    reader.add({ lines: slice, firstLine: from + 1, bytesRead: 0 });
  }
  const result = reader.finish(msPerUnit);
  if (!result.ok) throw new Error(result.reason);
  return { reader, result, skipped: log.entries() };
}

const seriesOf = (result: ReturnType<typeof read>['result']) =>
  result.dataset.series.map((s) => [s.name, ...s.values]);

describe('promTextReader', () => {
  it('reads a scrape without timestamps as one sample per series, named by name and labels', () => {
    const { reader, result, skipped } = read(fixture('prometheus-exposition.txt'));
    expect(skipped).toEqual([]);
    expect(reader.timestamps).toBe(false);
    expect(reader.sawEof).toBe(false);
    expect(reader.linesParsed).toBe(29);
    expect(result.rowsRead).toBe(17);
    expect(result.dataset.timeMs).toBeNull();
    expect(seriesOf(result)).toEqual([
      ['http_requests_total{code="200",method="post"}', 1027],
      ['http_requests_total{code="400",method="post"}', 3],
      [
        'msdos_file_access_time_seconds{error="Cannot find file:\\n\\"FILE.TXT\\"",path="C:\\\\DIR\\\\FILE.TXT"}',
        1458255915,
      ],
      ['metric_without_labels', 12.47],
      ['go_gc_pause_ratio', NaN],
      ['go_gc_pause_max_ratio', Infinity],
      ['go_gc_pause_min_ratio', -Infinity],
      ['http_request_duration_seconds_bucket{le="0.05"}', 24054],
      ['http_request_duration_seconds_bucket{le="0.1"}', 33444],
      ['http_request_duration_seconds_bucket{le="0.2"}', 100392],
      ['http_request_duration_seconds_bucket{le="+Inf"}', 144320],
      ['http_request_duration_seconds_sum', 53423],
      ['http_request_duration_seconds_count', 144320],
      ['rpc_duration_seconds{quantile="0.5"}', 4773],
      ['rpc_duration_seconds{quantile="0.99"}', 76656],
      ['rpc_duration_seconds_sum', 17560473],
      ['rpc_duration_seconds_count', 2693],
    ]);
  });

  it('reads OpenMetrics: sees # EOF, drops exemplars, reads seconds with msPerUnit 1000', () => {
    const { reader, result } = read(fixture('openmetrics.txt'), 1000);
    expect(reader.sawEof).toBe(true);
    expect(reader.timestamps).toBe(true);
    expect(result.dataset.timeMs).toEqual(Float64Array.of(1700000000500, 1700000015500));
    expect(seriesOf(result)).toEqual([
      ['process_cpu_seconds_total{instance="srv-01:9100"}', 4.2, 4.45],
      ['process_cpu_seconds_created{instance="srv-01:9100"}', 1699990000, NaN],
      ['request_latency_seconds_bucket{instance="srv-01:9100",le="0.1"}', 8, 9],
      ['request_latency_seconds_bucket{instance="srv-01:9100",le="+Inf"}', 17, 20],
    ]);
  });

  it('logs every bad line with its line number and the reason, keeping the good ones', () => {
    const { result, skipped } = read(fixture('prometheus-bad-lines.txt'));
    const at = (line: number) => fixture('prometheus-bad-lines.txt').split('\n')[line - 1];
    const examples = (...lines: number[]) => lines.map((line) => ({ line, text: at(line) }));
    expect(skipped).toEqual([
      { reason: 'field-count', count: 4, examples: examples(5, 9, 10, 11) },
      { reason: 'non-numeric', count: 2, examples: examples(4, 13) },
      { reason: 'bad-timestamp', count: 2, examples: examples(7, 8) },
    ]);
    expect(result).toMatchObject({ rowsRead: 2, resorted: true, duplicateTimestamps: 0 });
    expect(result.dataset.timeMs).toEqual(Float64Array.of(1699999985000, 1700000000000));
    expect(seriesOf(result)).toEqual([['node_load1{instance="srv-01:9100"}', 0.25, 0.5]]);
  });

  it('numbers lines across batches exactly', () => {
    const text = 'a 1 1000\nb 2 1000\n\nc x 1000\nd 4\n';
    const { skipped } = read(text, 1, 2);
    expect(skipped).toEqual([
      { reason: 'non-numeric', count: 1, examples: [{ line: 4, text: 'c x 1000' }] },
      { reason: 'bad-timestamp', count: 1, examples: [{ line: 5, text: 'd 4' }] },
    ]);
  });

  it('skips a timestamped sample in a file whose first sample had none', () => {
    const { result, skipped } = read('a 1\na 2 1000\nb 3\n');
    expect(skipped).toEqual([
      { reason: 'bad-timestamp', count: 1, examples: [{ line: 2, text: 'a 2 1000' }] },
    ]);
    expect(seriesOf(result)).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
  });

  it('makes no series of a name whose every line was bad', () => {
    const { result } = read('a 1\nb x\n');
    expect(seriesOf(result)).toEqual([['a', 1]]);
  });

  it('reads a promtool dump as one series per metric and instance', () => {
    const { result } = read(fixture('promtool-dump.txt'));
    const keys = result.dataset.series.map((s) => `${s.metric} ${s.labels.instance}`);
    expect(keys.sort()).toEqual([
      'node_load1 srv-01:9100',
      'node_load1 srv-02:9100',
      'up srv-01:9100',
      'up srv-02:9100',
      'up srv-03:9100',
    ]);
  });

  it('reads the same sample line with labels in another order as the same series', () => {
    const { result } = read('x{a="1",b="2"} 1 1000\nx{b="2", a="1"} 2 2000\n');
    expect(seriesOf(result)).toEqual([['x{a="1",b="2"}', 1, 2]]);
  });
});

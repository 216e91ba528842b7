import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePromJson } from '../../../src/io/prometheus/parsePromJson';

const FIXTURES = fileURLToPath(new URL('../../fixtures/io/', import.meta.url));
const fixture = (name: string) => readFileSync(FIXTURES + name, 'utf8');

function read(body: unknown) {
  const result = parsePromJson(typeof body === 'string' ? body : JSON.stringify(body));
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const success = (resultType: string, result: unknown) => ({
  status: 'success',
  data: { resultType, result },
});
const seriesOf = (result: ReturnType<typeof read>) =>
  result.dataset.series.map((s) => [s.name, ...s.values]);

describe('parsePromJson', () => {
  it('reads a query_range matrix of 3 instances as one series per instance, cell by cell', () => {
    const result = read(fixture('prometheus-query-range.json'));
    expect(result.rowsRead).toBe(23);
    const start = 1700000000500;
    expect(result.dataset.timeMs).toEqual(
      Float64Array.from([0, 1, 2, 3], (k) => start + k * 15_000),
    );
    // srv-03's cpu is "NaN" at step 1, srv-02 has no memory at step 2.
    expect(seriesOf(result)).toEqual([
      ['node_cpu_busy{instance="srv-01:9100",job="node"}', 0.25, 0.5, 0.25, 0.5],
      ['node_cpu_busy{instance="srv-02:9100",job="node"}', 0.75, 1, 0.75, 0.5],
      ['node_cpu_busy{instance="srv-03:9100",job="node"}', 0.5, NaN, 0.5, 0.5],
      ['node_memory_used_bytes{instance="srv-01:9100",job="node"}', 1000, 1100, 1200, 1300],
      ['node_memory_used_bytes{instance="srv-02:9100",job="node"}', 2000, 2100, NaN, 2300],
      ['node_memory_used_bytes{instance="srv-03:9100",job="node"}', 3000, 3100, 3200, 3300],
    ]);
    expect(result.dataset.series[0]).toMatchObject({
      metric: 'node_cpu_busy',
      labels: { instance: 'srv-01:9100', job: 'node' },
    });
  });

  it('reads the compact JSON the API writes exactly as the pretty-printed fixture', () => {
    const pretty = fixture('prometheus-query-range.json');
    expect(parsePromJson(JSON.stringify(JSON.parse(pretty)))).toEqual(parsePromJson(pretty));
  });

  it('reads a vector: one sample per series, escaped label values in the names', () => {
    const result = read(fixture('prometheus-vector.json'));
    expect(result.dataset.timeMs).toEqual(Float64Array.of(1700000000123));
    const uname = 'node_uname_info{job="node",nodename="rack \\"A\\" \\\\ unit 1\\nspare"}';
    expect(seriesOf(result)).toEqual([
      [uname.replace('{', '{instance="srv-01:9100",'), 1],
      ['up{instance="srv-01:9100",job="node"}', 1],
      ['up{instance="srv-02:9100",job="node"}', 0],
    ]);
  });

  it('keeps the instance in the names and the labels', () => {
    const result = read(
      success('matrix', [
        { metric: { __name__: 'a', instance: 'x' }, values: [[10, '1']] },
        { metric: { __name__: 'b', instance: 'y' }, values: [[20, '+Inf']] },
      ]),
    );
    expect(result.dataset.series[1].labels).toEqual({ instance: 'y' });
    expect(result.dataset.timeMs).toEqual(Float64Array.of(10_000, 20_000));
    expect(seriesOf(result)).toEqual([
      ['a{instance="x"}', 1, NaN],
      ['b{instance="y"}', NaN, Infinity],
    ]);
  });

  it('aligns series with different timestamps on the union of their times', () => {
    const result = read(
      success('matrix', [
        {
          metric: { __name__: 'a' },
          values: [
            [10, '1'],
            [30, '3'],
          ],
        },
        {
          metric: { __name__: 'b' },
          values: [
            [20.25, '-Inf'],
            [30, '4'],
          ],
        },
      ]),
    );
    expect(result.dataset.timeMs).toEqual(Float64Array.of(10_000, 20_250, 30_000));
    expect(seriesOf(result)).toEqual([
      ['a', 1, NaN, 3],
      ['b', NaN, -Infinity, 4],
    ]);
  });

  it('reads a scalar as one series named scalar, and a series without labels as {}', () => {
    expect(seriesOf(read(success('scalar', [1700000000, '2'])))).toEqual([['scalar', 2]]);
    expect(seriesOf(read(success('vector', [{ metric: {}, value: [1, '3'] }])))).toEqual([
      ['{}', 3],
    ]);
  });

  it('passes over native histogram samples', () => {
    const result = read(
      success('matrix', [
        { metric: { __name__: 'h' }, histograms: [[1, { count: '2', sum: '3' }]] },
        { metric: { __name__: 'f' }, values: [[1, '1']] },
      ]),
    );
    expect(seriesOf(result)).toEqual([['f', 1]]);
  });

  it('reads a bare result array (jq .data.result) as the response it came from', () => {
    const items = [{ metric: { __name__: 'up', job: 'a' }, values: [[10, '1']] }];
    const result = read(JSON.stringify(items));
    expect(seriesOf(result)).toEqual([['up{job="a"}', 1]]);
    expect(read(JSON.stringify([{ metric: { __name__: 'up' }, value: [10, '2'] }])).rowsRead).toBe(
      1,
    );
  });

  it.each([
    [
      'a targets/metadata answer',
      { status: 'success', data: [{ target: {}, metric: 'up', type: 'gauge', help: 'Up.' }] },
      'The file is a Prometheus API response, but not a query result: it is an /api/v1/targets/metadata response: help texts and types of metrics, with no samples. Save the response of /api/v1/query_range instead.',
    ],
    [
      'a series answer',
      { status: 'success', data: [{ __name__: 'up' }] },
      'The file is a Prometheus API response, but not a query result: it is a list (as /api/v1/series, /api/v1/labels or /api/v1/metadata give), with no samples. Save the response of /api/v1/query_range instead.',
    ],
    [
      'a CloudWatch Metric Streams delivery',
      { requestId: 'c8', timestamp: 1651679861072, records: [{ data: 'eyJ9' }] },
      'The file is an AWS Kinesis Firehose delivery (CloudWatch Metric Streams, base64 "records"), which is not read: export the metrics from CloudWatch as CSV instead.',
    ],
  ])('refuses %s, saying what it is', (_, body, reason) => {
    expect(parsePromJson(JSON.stringify(body))).toEqual({ ok: false, reason });
  });

  it("gives an error response's errorType and error as Prometheus wrote them", () => {
    expect(parsePromJson(fixture('prometheus-error.json'))).toEqual({
      ok: false,
      reason:
        'Prometheus returned an error instead of data: bad_data: invalid parameter "query": 1:8: parse error: unexpected "}" in label matching, expected string',
    });
    expect(parsePromJson('{"status":"error","error":"timeout"}')).toEqual({
      ok: false,
      reason: 'Prometheus returned an error instead of data: timeout',
    });
  });

  it.each([
    ['text that is not JSON', '{"status":', /^The file is not valid JSON: .+\.$/],
    [
      'JSON of another kind',
      '{"name":"x"}',
      'The JSON file is not a Prometheus API response: it has no "status" of "success" or "error".',
    ],
    [
      'an array',
      '[1,2]',
      'The JSON file is not a Prometheus API response: it has no "status" of "success" or "error".',
    ],
    [
      'data without resultType',
      '{"status":"success","data":{}}',
      'The Prometheus response is malformed: "data" has no "resultType".',
    ],
    [
      'an unknown resultType',
      JSON.stringify(success('table', [])),
      'The Prometheus response is malformed: data.resultType is "table", not matrix, vector or scalar.',
    ],
    [
      'a string result',
      JSON.stringify(success('string', [1, 'x'])),
      'The Prometheus response holds a string result, not numbers.',
    ],
    [
      'no series',
      JSON.stringify(success('matrix', [])),
      'The Prometheus response holds no series: the query matched nothing.',
    ],
    [
      'only native histograms',
      JSON.stringify(success('vector', [{ metric: {}, histogram: [1, {}] }])),
      'The Prometheus response holds no float samples (native histograms are not read).',
    ],
    [
      'a result that is not an array',
      JSON.stringify(success('matrix', {})),
      'The Prometheus response is malformed: data.result is not an array.',
    ],
    [
      'a metric with a number label',
      JSON.stringify(success('matrix', [{ metric: { a: 1 }, values: [] }])),
      'The Prometheus response is malformed: data.result[0].metric is not an object of label strings.',
    ],
    [
      'a value that is a number, not a string',
      JSON.stringify(
        success('matrix', [
          {
            metric: {},
            values: [
              [1, '1'],
              [2, 2],
            ],
          },
        ]),
      ),
      'The Prometheus response is malformed: data.result[0].values[1] is not a [time, "value"] pair.',
    ],
    [
      'a value that is not a number',
      JSON.stringify(success('vector', [{ metric: {}, value: [1, 'x'] }])),
      'The Prometheus response is malformed: data.result[0].value is not a [time, "value"] pair.',
    ],
    [
      'a time that is a string',
      JSON.stringify(success('scalar', ['1', '1'])),
      'The Prometheus response is malformed: data.result is not a [time, "value"] pair.',
    ],
  ])('refuses %s with a reason', (_, text, reason) => {
    const result = parsePromJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    if (typeof reason === 'string') expect(result.reason).toBe(reason);
    else expect(result.reason).toMatch(reason);
  });
});

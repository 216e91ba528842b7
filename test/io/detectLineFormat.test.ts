import { describe, expect, it } from 'vitest';
import { detectLineFormat } from '../../src/io/detectLineFormat';

const VM =
  '{"metric":{"__name__":"up","job":"a"},"values":[1,0],"timestamps":[1700000000000,1700000010000]}\n';

describe('detectLineFormat', () => {
  it.each([
    ['line protocol', 'cpu,host=a usage=1 1700000000000000000\nmem free=2i\n', 'influx-line'],
    ['line protocol after comments', '# written by hand\n\nm v=1\n', 'influx-line'],
    ['a VictoriaMetrics export', VM + VM, 'victoriametrics-jsonl'],
    ['a CSV file', 'time,host,value\n2024-01-01,a,1\n', null],
    ['a Prometheus scrape', '# TYPE up gauge\nup{job="a"} 1\n', null],
    ['a Prometheus API response', '{"status":"success","data":{"resultType":"matrix"}}', null],
    [
      'a pretty-printed JSON object with a metric',
      '{ "metric": {\n "a": "b" }, "values": [] }',
      null,
    ],
    ['line protocol with a bad line among the first five', 'm v=1\nm v\nm v=2\n', 'influx-line'],
    ['half the lines line protocol', 'm v=1\nm v\n', null],
    ['a bad first line', 'm v\nm v=1\nm v=2\n', null],
    ['nothing', '\n\n', null],
  ])('%s is %s', (_, text, expected) => {
    expect(detectLineFormat(text, true)).toBe(expected);
  });

  it('takes a VictoriaMetrics line cut by the head for one', () => {
    expect(detectLineFormat('{"metric":{"__name__":"up","job":"a"', false)).toBe(
      'victoriametrics-jsonl',
    );
  });

  it('does not look at a cut last line', () => {
    expect(detectLineFormat('m v=1\nm v=', false)).toBe('influx-line');
  });
});

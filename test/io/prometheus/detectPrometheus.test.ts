import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectPrometheus } from '../../../src/io/prometheus/detectPrometheus';

const FIXTURES = fileURLToPath(new URL('../../fixtures/io/', import.meta.url));
const fixture = (name: string) => readFileSync(FIXTURES + name, 'utf8');
const csvFixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.csv'));

describe('detectPrometheus', () => {
  it.each([
    ['prometheus-query-range.json', 'prometheus-json'],
    ['prometheus-vector.json', 'prometheus-json'],
    ['prometheus-error.json', 'prometheus-json'],
    ['prometheus-exposition.txt', 'prometheus-text'],
    ['openmetrics.txt', 'prometheus-text'],
    ['prometheus-federate.txt', 'prometheus-text'],
    ['prometheus-bad-lines.txt', 'prometheus-text'],
    ['promtool-dump.txt', 'promtool-dump'],
  ])('gives %s the format %s', (name, format) => {
    expect(detectPrometheus(fixture(name), true)).toBe(format);
  });

  it.each(csvFixtures)('gives null for the CSV fixture %s', (name) => {
    expect(detectPrometheus(fixture(name), true)).toBeNull();
  });

  it.each([
    ['sample lines without metadata', 'up 1\nup{job="a"} 0 1700000000000\n', 'prometheus-text'],
    ['compact JSON', '{"status":"success","data":{}}', 'prometheus-json'],
    ['a JSON array of objects', ' [ {"a":1} ]', 'prometheus-json'],
    ['a BOM before JSON', '\ufeff{"status":"error"}', 'prometheus-json'],
    ['a BOM before metadata', '\ufeff# TYPE up gauge\nup 1\n', 'prometheus-text'],
    ['metadata with CRLF line ends', '# HELP up Up.\r\nup 1\r\n', 'prometheus-text'],
    ['only metadata', '# HELP up Up.\n# TYPE up gauge\n', 'prometheus-text'],
    ['OpenMetrics', '# EOF\n', 'prometheus-text'],
    [
      'a promtool line with a Prometheus 3 quoted name',
      '{"my.metric", a="b"} 1 1000\n',
      'promtool-dump',
    ],
  ])('recognises %s', (_, head, format) => {
    expect(detectPrometheus(head, true)).toBe(format);
  });

  it.each([
    ['a CSV header', 'timestamp,value\n2024-03-01,1\n'],
    ['tab-separated name, value, time', 'cpu\t1\t1700000000000\ncpu\t2\t1700000060000\n'],
    ['a comment line, then CSV', '# exported by a tool\ntime,cpu\n2024-03-01,1\n'],
    ['a sample line, then CSV', 'up 1\ntime,cpu\n'],
    ['a value that is no number', 'host abc\n'],
    ['InfluxDB annotations', '#group,false,false\n#datatype,string,long\n,result,table\n'],
    ['a bracketed CSV header', '[time],[cpu]\n1,2\n'],
    ['text with NUL bytes', 'up 1\n\u0000\n'],
    ['nothing', ''],
    ['blank lines only', '\n\n  \n'],
  ])('gives null for %s', (_, head) => {
    expect(detectPrometheus(head, true)).toBeNull();
  });

  it('does not look at the cut last line of an incomplete head', () => {
    expect(detectPrometheus('up 1\nup,', false)).toBe('prometheus-text');
    expect(detectPrometheus('up 1\nup,', true)).toBeNull();
  });
});

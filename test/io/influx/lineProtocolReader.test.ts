import { describe, expect, it } from 'vitest';
import { lineProtocolReader } from '../../../src/io/influx/lineProtocolReader';
import { skipLog } from '../../../src/io/metrics/skipLog';

function read(text: string) {
  const log = skipLog();
  const reader = lineProtocolReader(log);
  reader.add({ lines: text.split('\n'), firstLine: 1, bytesRead: text.length });
  return { ...reader.finish(), skipped: log.entries(), linesParsed: reader.linesParsed };
}

// Written from the InfluxDB v2 line protocol reference; ns timestamps as Telegraf writes them.
const TEXT = [
  '# Telegraf, two hosts',
  'cpu,host=web-01,cpu=cpu-total usage_idle=90.5,usage_user=5i 1700000000000000000',
  'cpu,host=web-02,cpu=cpu-total usage_idle=80,usage_user=12i 1700000000000000000',
  'system,host=web-01 uptime=3600u,load1=0.5,version="1.30",healthy=true 1700000010000000000',
  '',
  'cpu,cpu=cpu-total,host=web-01 usage_idle=91,usage_user=4i 1700000010000000000',
].join('\n');

describe('lineProtocolReader', () => {
  it('gives one series per measurement, tag set and field, tags as labels', () => {
    const { result, linesParsed } = read(TEXT);
    expect(linesParsed).toBe(5);
    if (!result.ok) throw new Error(result.reason);
    expect(result.rowsRead).toBe(4);
    expect(result.dataset.timeMs).toEqual(Float64Array.of(1700000000000, 1700000010000));
    expect(result.dataset.series.map((s) => [s.name, ...s.values])).toEqual([
      ['cpu_usage_idle{cpu="cpu-total",host="web-01"}', 90.5, 91],
      ['cpu_usage_user{cpu="cpu-total",host="web-01"}', 5, 4],
      ['cpu_usage_idle{cpu="cpu-total",host="web-02"}', 80, NaN],
      ['cpu_usage_user{cpu="cpu-total",host="web-02"}', 12, NaN],
      ['system_uptime{host="web-01"}', NaN, 3600],
      ['system_load1{host="web-01"}', NaN, 0.5],
      ['system_healthy{host="web-01"}', NaN, 1],
    ]);
    expect(result.dataset.series[0]).toMatchObject({
      metric: 'cpu_usage_idle',
      labels: { host: 'web-01', cpu: 'cpu-total' },
    });
  });

  it('reads booleans as 0/1 and leaves strings out, with a note for each', () => {
    const { result } = read(TEXT);
    expect(result.ok && result.notes).toEqual([
      '1 boolean field ("system_healthy") read as 0 (false) and 1 (true).',
      '1 string field ("system_version") left out: only numbers and booleans are read.',
    ]);
  });

  it('reports nanosecond timestamps, truncated to the millisecond', () => {
    const { result, time } = read('m v=1 1717163790675899148');
    expect(time).toEqual({
      column: 'timestamp',
      kind: 'epoch-ns',
      note: 'epoch nanoseconds (numbers of 1e17 and above), truncated to the millisecond, as line protocol writes them',
    });
    expect(result.ok && result.dataset.timeMs).toEqual(Float64Array.of(1717163790675));
  });

  it('tells another precision by magnitude: seconds stay seconds', () => {
    const { result, time } = read('m v=1 1700000000\nm v=2 1700000060');
    expect(time.kind).toBe('epoch-s');
    expect(result.ok && result.dataset.timeMs).toEqual(
      Float64Array.of(1700000000000, 1700000060000),
    );
  });

  it('without timestamps, x is the sample index', () => {
    const { result, time } = read('m v=1\nm v=2');
    expect(time.kind).toBe('index');
    expect(result.ok && result.dataset.series.map((s) => [...s.values])).toEqual([[1, 2]]);
  });

  it('skips bad lines with their line numbers and keeps the good ones', () => {
    const { result, skipped } = read(
      'm v=1 1000000000000000000\nm v\nm v=2\nm v=3 1000000001000000000',
    );
    expect(result.ok && result.rowsRead).toBe(2);
    expect(skipped).toEqual([
      { reason: 'field-count', count: 1, examples: [{ line: 2, text: 'm v' }] },
      { reason: 'bad-timestamp', count: 1, examples: [{ line: 3, text: 'm v=2' }] },
    ]);
  });

  it('refuses points that hold only strings, saying so', () => {
    const { result } = read('log msg="hello" 1700000000000000000');
    expect(result).toEqual({
      ok: false,
      reason:
        'The line protocol holds no numeric or boolean field: 1 string field ("log_msg") left out: only numbers and booleans are read.',
    });
  });
});

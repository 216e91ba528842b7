import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { skipLog } from '../../../src/io/metrics/skipLog';
import {
  type PrometheusPlan,
  prometheusPlan,
  readPrometheus,
} from '../../../src/io/prometheus/readPrometheus';

const FIXTURES = fileURLToPath(new URL('../../fixtures/io/', import.meta.url));
const fixture = (name: string) => readFileSync(FIXTURES + name, 'utf8');

const detected = (format: PrometheusPlan['format']): PrometheusPlan => ({ format, exact: false });

describe('prometheusPlan', () => {
  it('takes a Prometheus options.format as it is, and gives null for a CSV one', async () => {
    expect(await prometheusPlan('a,b\n', 'openmetrics')).toEqual({
      format: 'openmetrics',
      exact: true,
    });
    expect(await prometheusPlan('up 1\n', 'wide')).toBeNull();
  });

  it('detects the format from the head of a string or a Blob', async () => {
    const text = fixture('promtool-dump.txt');
    expect(await prometheusPlan(text, undefined)).toEqual(detected('promtool-dump'));
    expect(await prometheusPlan(new Blob([text]), undefined)).toEqual(detected('promtool-dump'));
    expect(await prometheusPlan(fixture('long-columns.csv'), undefined)).toBeNull();
  });

  it('looks at whole lines only when the file is longer than its head', async () => {
    const text = `up 1\n${'x'.repeat(20_000)}`;
    expect(await prometheusPlan(text, undefined)).toEqual(detected('prometheus-text'));
    expect(await prometheusPlan(new Blob([text]), undefined)).toEqual(detected('prometheus-text'));
  });
});

describe('readPrometheus', () => {
  it('reports a detected text file with # EOF as OpenMetrics, its times as seconds', async () => {
    const read = await readPrometheus(
      fixture('openmetrics.txt'),
      detected('prometheus-text'),
      {},
      skipLog(),
    );
    expect(read).toMatchObject({
      ok: true,
      format: 'openmetrics',
      time: { column: 'timestamp', kind: 'epoch-s' },
    });
    expect(read.ok && read.result.dataset.timeMs![0]).toBe(1700000000500);
  });

  it('reads times as milliseconds when prometheus-text is asked for, # EOF or not', async () => {
    const read = await readPrometheus(
      fixture('openmetrics.txt'),
      { format: 'prometheus-text', exact: true },
      {},
      skipLog(),
    );
    expect(read).toMatchObject({ ok: true, format: 'prometheus-text', time: { kind: 'epoch-ms' } });
    expect(read.ok && read.result.dataset.timeMs![0]).toBe(1700000001);
  });

  it('reports a scrape without timestamps with an index time axis', async () => {
    const read = await readPrometheus('up 1\n', detected('prometheus-text'), {}, skipLog());
    expect(read).toMatchObject({
      ok: true,
      time: {
        column: null,
        kind: 'index',
        note: 'a scrape without timestamps: one sample per series',
      },
    });
  });

  it.each([
    ['an empty text file', '\n \n', 'prometheus-text', 'The file is empty.'],
    ['an empty JSON file', ' \n', 'prometheus-json', 'The file is empty.'],
    [
      'only comments and metadata',
      '# HELP up Up.\n# TYPE up gauge\n',
      'prometheus-text',
      'The file holds no samples, only comments and metadata.',
    ],
  ] as const)('refuses %s', async (_, text, format, reason) => {
    const read = await readPrometheus(text, detected(format), {}, skipLog());
    expect(read).toMatchObject({ ok: false, reason, report: { format } });
  });

  it('reports progress for a JSON file once, at the end', async () => {
    const text = fixture('prometheus-vector.json');
    const seen: unknown[] = [];
    await readPrometheus(
      new Blob([text]),
      detected('prometheus-json'),
      { onProgress: (p) => seen.push(p) },
      skipLog(),
    );
    const bytes = Buffer.byteLength(text);
    expect(seen).toEqual([{ bytesRead: bytes, totalBytes: bytes, rowsParsed: 3 }]);
  });

  it('stops reading text at the next chunk once aborted', async () => {
    const line = 'node_load1{instance="srv-01:9100"} 0.5 1700000000000\n';
    const text = line.repeat(50_000);
    const controller = new AbortController();
    let calls = 0;
    await readPrometheus(
      text,
      detected('prometheus-text'),
      {
        signal: controller.signal,
        onProgress: () => {
          calls++;
          controller.abort();
        },
      },
      skipLog(),
    );
    expect(calls).toBe(1);
  });
});

import { proxy } from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { overviewView } from '../../src/analysis/views/overviewView';
import { anomalyView } from '../../src/analysis/views/anomalyView';
import { simulateDemo } from '../../src/io/simulateDemo';
import { createApi, transferList } from '../../src/worker/api';
import { harness, type Harness } from '../helpers/workerHarness';
import { UP_MATRIX } from '../helpers/prometheusMatrix';

let open: Harness | undefined;
function connect(): Harness {
  open = harness();
  return open;
}
afterEach(() => {
  open?.close();
  vi.unstubAllGlobals();
});

describe('worker API over a MessageChannel', () => {
  it('loadDemo makes the demo resident and answers with its catalogue, not its data', async () => {
    const { client } = connect();
    const catalogue = await client.api.loadDemo(7, 'small');
    expect(catalogue.label).toBe('Simulated demo (small, seed 7)');
    expect(catalogue.farm).toMatchObject({ servers: 10, steps: 24 });
    expect(catalogue.series.find((s) => s.name === 'cpu % (seed hour)')).toEqual({
      name: 'cpu % (seed hour)',
      metric: 'cpu_seed_hour',
      labels: {},
      length: 60,
      unit: '%',
      timed: false,
      missing: 0,
    });
    // Names, labels and counts only: no data crosses with the catalogue.
    expect(JSON.stringify(catalogue).length).toBeLessThan(20_000);
  });

  it('run("overview") returns what overviewView computes on the resident series', async () => {
    const { client } = connect();
    await client.api.loadDemo(7, 'small');
    const params = { series: ['cpu % (seed hour)'], highLoad: 70, top: 10, rank: 'mean' as const };
    const outcome = await client.run('overview', params);
    const values = simulateDemo(7, 'small').cpuHour.cpuPercent;
    const expected = overviewView([{ name: 'cpu % (seed hour)', values, unit: '%' }], params);
    expect(outcome).toEqual({ status: 'fresh', value: expected, computeMs: expect.any(Number) });
  });

  it('run transfers the result typed arrays and never the resident data', async () => {
    const { client, transferred } = connect();
    await client.api.loadDemo(3, 'small');
    transferred.length = 0;
    const first = await client.run('anomalies', { series: 'response time (ms)', window: 20 });
    if (first.status !== 'fresh' || 'needs' in first.value) throw new Error('expected a result');
    const sent = transferred.flat();
    expect(sent).toContain(first.value.band.expected.byteLength);
    expect(sent).toContain(first.value.series.y.byteLength);
    // Had the resident series been transferred it would now be detached: the rerun would differ.
    const second = await client.run('anomalies', { series: 'response time (ms)', window: 20 });
    expect(second.status === 'fresh' && second.value).toEqual(
      first.status === 'fresh' && first.value,
    );
  });

  it('answers only the newest of several calls with one key; older ones are superseded', async () => {
    const { client } = connect();
    await client.api.loadDemo(1, 'small');
    const thresholds = [1, 1.5, 2, 2.5, 3];
    const outcomes = await Promise.all(
      thresholds.map((threshold) =>
        client.run('anomalies', { series: 'cpu %', threshold, window: 30 }),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual([
      'superseded',
      'superseded',
      'superseded',
      'superseded',
      'fresh',
    ]);
    const cpu = simulateDemo(1, 'small').metrics.series.cpuPercent;
    const { timeMs } = simulateDemo(1, 'small').metrics;
    const expected = anomalyView(
      { name: 'cpu %', values: cpu, timeMs, unit: '%' },
      { threshold: 3, window: 30 },
    );
    expect(outcomes[4]).toEqual({
      status: 'fresh',
      value: expected,
      computeMs: expect.any(Number),
    });
  });

  it('calls with different keys do not supersede each other', async () => {
    const { client } = connect();
    await client.api.loadDemo(1, 'small');
    const [a, b] = await Promise.all([
      client.run('overview', { series: ['cpu %'] }, 'overview'),
      client.run('overview', { series: ['memory %'] }, 'other'),
    ]);
    expect([a.status, b.status]).toEqual(['fresh', 'fresh']);
  });

  it('computes a panel asked for while the where-vs-loop timing runs between its steps', async () => {
    const { client } = connect();
    await client.api.loadDemo(1, 'small');
    const answered: string[] = [];
    const bench = client.run('whereBench', { n: 100_000 }).then(() => answered.push('whereBench'));
    const overview = client
      .run('overview', { series: ['cpu %'] })
      .then(() => answered.push('overview'));
    await Promise.all([bench, overview]);
    expect(answered).toEqual(['overview', 'whereBench']);
  });

  it('says what a panel needs for a series that is not loaded, or data it does not have', async () => {
    const { client } = connect();
    await client.api.loadDemo(1, 'small');
    expect(await client.run('anomalies', { series: 'no such thing' })).toEqual({
      status: 'fresh',
      value: { needs: 'The series "no such thing" is not in the data loaded.' },
      computeMs: expect.any(Number),
    });
    const sla = await client.run('sla', { series: 'cpu %' });
    expect(sla).toEqual({
      status: 'fresh',
      value: {
        needs:
          'This panel needs a latency series: cpu % is neither in ms or s nor named for latency or duration.',
      },
      computeMs: expect.any(Number),
    });
  });

  it('rejects analysis calls before any data is loaded', async () => {
    const { client } = connect();
    await expect(client.run('overview', { series: ['cpu %'] })).rejects.toThrow(
      'No data is loaded',
    );
  });

  it('a demo asked for while files are still read wins: the file load answers cancelled', async () => {
    const { client } = connect();
    const big =
      'time,v\n' + Array.from({ length: 50_000 }, (_, i) => `${1709251200 + i},${i}`).join('\n');
    const reading = client.loadFiles([{ input: big, name: 'big.csv' }], 'big.csv', () => {});
    const demo = await client.api.loadDemo(2, 'small');
    expect(await reading).toEqual({ ok: false, reason: 'cancelled' });
    const after = await client.run('anomalies', { series: 'response time (ms)' });
    expect(after.status).toBe('fresh');
    expect(demo.label).toBe('Simulated demo (small, seed 2)');
  });
});

describe('loadFiles over a MessageChannel', () => {
  const csv = (name: string, rows: number) =>
    `time,${name}\n` +
    Array.from({ length: rows }, (_, i) => `${1709251200 + 60 * i},${i}`).join('\n');

  it('reads every file, one after another, into one catalogue with one report each', async () => {
    const { client } = connect();
    const seen: number[] = [];
    const files = [
      { input: csv('cpu', 3), name: 'a.csv' },
      { input: csv('mem', 5), name: 'b.csv' },
    ];
    const outcome = await client.loadFiles(files, 'a.csv + 1 more', (p) => seen.push(p.bytesRead));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.catalogue.label).toBe('a.csv + 1 more');
    expect(outcome.catalogue.series.map((s) => [s.name, s.length])).toEqual([
      ['cpu', 3],
      ['mem', 5],
    ]);
    expect(outcome.reports.map((r) => [r.name, r.report.rowsRead])).toEqual([
      ['a.csv', 3],
      ['b.csv', 5],
    ]);
    expect(outcome.failures).toEqual([]);
    const total = files.reduce((n, f) => n + f.input.length, 0);
    expect(seen.at(-1)).toBe(total);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
  });

  it('times each file’s read in the worker, from its start to its columns', async () => {
    const delayMs = 300;
    // A file whose bytes come only after delayMs, as from a slow disk.
    class SlowBlob extends Blob {
      override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
        const bytes = super.stream();
        return new ReadableStream({
          async start(controller) {
            await new Promise((resolve) => setTimeout(resolve, delayMs));
            for await (const chunk of bytes) controller.enqueue(chunk);
            controller.close();
          },
        });
      }
    }
    const outcome = await createApi().loadFiles(
      [
        { input: new SlowBlob([csv('cpu', 3)]), name: 'slow.csv' },
        { input: csv('mem', 3), name: 'fast.csv' },
      ],
      'two',
    );
    if (!outcome.ok) throw new Error(outcome.reason);
    const [slow, fast] = outcome.reports;
    expect(slow.readMs).toBeGreaterThanOrEqual(delayMs - 1);
    expect(fast.readMs).toBeGreaterThan(0);
    expect(fast.readMs).toBeLessThan(delayMs);
  });

  it('loads the files it can read and lists the others with why', async () => {
    const { client } = connect();
    const outcome = await client.loadFiles(
      [
        { input: '', name: 'empty.csv' },
        { input: csv('cpu', 2), name: 'ok.csv', options: { units: ['', '%'] } },
      ],
      'two',
      () => {},
    );
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.failures).toEqual([{ name: 'empty.csv', reason: 'The file is empty.' }]);
    expect(outcome.catalogue.series.map((s) => [s.name, s.unit])).toEqual([['cpu', '%']]);
  });

  it('when no file can be read, says why for each and keeps the data resident', async () => {
    const { client } = connect();
    const before = await client.api.loadDemo(7, 'small');
    const outcome = await client.loadFiles(
      [
        { input: '', name: 'empty.csv' },
        { input: 'a,b\nx,y\n', name: 'text.csv' },
      ],
      'two',
      () => {},
    );
    expect(outcome).toEqual({
      ok: false,
      reason:
        'None of the 2 files could be read. empty.csv: The file is empty. text.csv: The file has no numeric column: every column other than the timestamps holds text.',
    });
    const stillThere = await client.run('overview', { series: [before.series[0].name] });
    expect(stillThere.status).toBe('fresh');
  });

  it('lists a file the browser fails to read among the failures and loads the others', async () => {
    const unreadable = new Blob(['time,cpu\n']);
    unreadable.stream = () =>
      new ReadableStream({ pull: (controller) => controller.error(new Error('NotReadableError')) });
    const outcome = await createApi().loadFiles(
      [
        { input: unreadable, name: 'moved.csv' },
        { input: csv('cpu', 2), name: 'ok.csv' },
      ],
      'two',
    );
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.failures).toEqual([
      { name: 'moved.csv', reason: 'The file could not be read: NotReadableError' },
    ]);
    expect(outcome.catalogue.series.map((s) => s.name)).toEqual(['cpu']);
  });

  it('answers a file the tab has no memory left to read with why, the worker still working', async () => {
    const tooBig = new Blob([csv('cpu', 2)]);
    const outOfMemory = () => {
      throw new RangeError('Array buffer allocation failed');
    };
    for (const method of ['stream', 'slice', 'text', 'arrayBuffer']) {
      Object.defineProperty(tooBig, method, { value: outOfMemory });
    }
    const api = createApi();
    expect(await api.loadFiles([{ input: tooBig, name: 'big.csv' }], 'big.csv')).toEqual({
      ok: false,
      reason:
        'The data is too large for the memory this tab has left (Array buffer allocation failed).',
    });
    expect(api.ping()).toBe(true);
  });

  it('inspectFile previews a file from its first rows', async () => {
    const { client } = connect();
    const outcome = await client.api.inspectFile('cpu,mem\n1,2\n');
    expect(outcome).toMatchObject({ ok: true, preview: { roles: ['value', 'value'] } });
  });
});

describe('loadPrometheus over a MessageChannel', () => {
  const request = {
    baseUrl: 'http://127.0.0.1:9090',
    queries: ['up'],
    startSec: 1700000000,
    endSec: 1700000060,
    stepSec: 60,
  };
  const answer = (body: unknown, status = 200) =>
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status })));

  it('makes the fetched series resident, named as asked, with a prometheus-json report', async () => {
    vi.stubGlobal('fetch', answer(UP_MATRIX));
    const { client } = connect();
    const outcome = await client.api.loadPrometheus(request, 'Prometheus http://127.0.0.1:9090');
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.catalogue.label).toBe('Prometheus http://127.0.0.1:9090');
    expect(outcome.catalogue.series.map((s) => [s.name, s.length])).toEqual([['up', 2]]);
    expect(outcome.reports).toEqual([
      {
        name: 'Prometheus http://127.0.0.1:9090',
        report: expect.objectContaining({ format: 'prometheus-json', rowsRead: 2 }),
        readMs: expect.any(Number),
      },
    ]);
    expect(outcome).toMatchObject({ failures: [], notes: [] });
  });

  it('answers the resolution fetched and reports each query_range call as a part', async () => {
    // 10 days at 1m: 14,401 steps, two calls of at most 11,000.
    const long = { ...request, endSec: request.startSec + 10 * 86_400 };
    vi.stubGlobal(
      'fetch',
      vi.fn((input: string | URL | Request) => {
        const url = new URL(String(input));
        const param = (name: string) => Number(url.searchParams.get(name));
        const data =
          url.pathname === '/api/v1/query'
            ? { resultType: 'vector', result: [{ metric: {}, value: [0, '1'] }] }
            : {
                resultType: 'matrix',
                result: [
                  {
                    metric: { __name__: 'up' },
                    values: [[param('start'), '1']],
                  },
                ],
              };
        return Promise.resolve(new Response(JSON.stringify({ status: 'success', data })));
      }),
    );
    const { client } = connect();
    const progress: unknown[] = [];
    const outcome = await client.api.loadPrometheus(
      long,
      'p',
      proxy((p: unknown) => progress.push(p)),
    );
    expect(outcome).toMatchObject({
      ok: true,
      resolution: { wantedStepSec: 60, stepSec: 60, series: 1, budget: 1e7, chunks: 2 },
    });
    expect(progress).toEqual([
      { bytesRead: expect.any(Number), totalBytes: 0, rowsParsed: 1, parts: { done: 1, total: 2 } },
      { bytesRead: expect.any(Number), totalBytes: 0, rowsParsed: 2, parts: { done: 2, total: 2 } },
    ]);
  });

  it('prometheusText gives the response the resident series were read from, until other data is loaded', async () => {
    const matrix = {
      status: 'success',
      data: { resultType: 'matrix', result: [{ metric: { __name__: 'up' }, values: [[1, '1']] }] },
    };
    vi.stubGlobal('fetch', answer(matrix));
    const { client } = connect();
    expect(await client.api.prometheusText()).toBeNull();
    const outcome = await client.api.loadPrometheus(request, 'p');
    expect(outcome.ok).toBe(true);
    const text = await client.api.prometheusText();
    expect(JSON.parse(text ?? 'null')).toEqual(matrix);
    vi.stubGlobal('fetch', answer({ status: 'error', errorType: 'bad_data', error: 'x' }, 400));
    expect((await client.api.loadPrometheus(request, 'p')).ok).toBe(false);
    expect(await client.api.prometheusText()).toBe(text);
    await client.api.loadDemo(7, 'small');
    expect(await client.api.prometheusText()).toBeNull();
  });

  it("answers Prometheus's error and keeps the data already resident", async () => {
    vi.stubGlobal('fetch', answer({ status: 'error', errorType: 'bad_data', error: 'x' }, 400));
    const { client } = connect();
    await client.api.loadDemo(7, 'small');
    expect(await client.api.loadPrometheus(request, 'p')).toEqual({
      ok: false,
      reason: 'Prometheus rejected "up": bad_data: x',
    });
    const outcome = await client.run('overview', { series: ['cpu % (seed hour)'], highLoad: 70 });
    expect(outcome.status).toBe('fresh');
  });
});

describe('transferList', () => {
  it('lists the result buffers but never a buffer the workspace holds', () => {
    const resident = new Float64Array(4);
    const fresh = new Float64Array(2);
    const result = { view: resident.subarray(1, 3), fresh, nested: [new Uint32Array(1)] };
    const list = transferList(result, new Set([resident.buffer]));
    expect(list).toContain(fresh.buffer);
    expect(list).toContain(result.nested[0].buffer);
    expect(list).not.toContain(resident.buffer);
    expect(list.length).toBe(2);
  });
});

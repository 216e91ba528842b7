import { describe, expect, it, vi } from 'vitest';
import {
  fetchPrometheus,
  type PrometheusProgress,
} from '../../../src/io/prometheus/fetchPrometheus';
import type { PrometheusRequest } from '../../../src/io/prometheus/queryRangeUrl';
import { readMetrics } from '../../../src/io/readMetrics';

const REQUEST: PrometheusRequest = {
  baseUrl: 'http://127.0.0.1:9090',
  queries: ['node_cpu_percent', 'node_memory_percent'],
  startSec: 1700000000,
  endSec: 1700000120,
  stepSec: 60,
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

const matrix = (name: string, instances: Record<string, number[]>) => ({
  status: 'success',
  data: {
    resultType: 'matrix',
    result: Object.entries(instances).map(([instance, values]) => ({
      metric: { __name__: name, instance },
      values: values.map((v, k) => [1700000000 + 60 * k, String(v)]),
    })),
  },
});

/** A fetch stub answering each call with the next of `responses`. */
function stubFetch(...responses: (Response | Error)[]) {
  const fetchFn = vi.fn<typeof fetch>();
  for (const response of responses) {
    if (response instanceof Error) fetchFn.mockRejectedValueOnce(response);
    else fetchFn.mockResolvedValueOnce(response);
  }
  return fetchFn;
}

/**
 * A fake Prometheus: `count(<query>)` at any time answers `series[query]` (nothing when 0), and
 * query_range answers that many series (instances h0, h1, ...) with the value t / 60 at every
 * step, refusing more than 11,000 steps as Prometheus does.
 */
function fakePrometheus(series: Record<string, number>) {
  return vi.fn<typeof fetch>((input) => {
    const url = new URL(String(input));
    const param = (name: string) => url.searchParams.get(name)!;
    if (url.pathname === '/api/v1/query') {
      const query = /^count\((.*)\)$/.exec(param('query'))![1];
      const count = series[query] ?? 0;
      const result =
        count > 0 ? [{ metric: {}, value: [Number(param('time')), String(count)] }] : [];
      return Promise.resolve(json({ status: 'success', data: { resultType: 'vector', result } }));
    }
    const [start, end, step] = ['start', 'end', 'step'].map((name) => Number(param(name)));
    if (Math.floor((end - start) / step) + 1 > 11_000) {
      const error =
        'exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)';
      return Promise.resolve(json({ status: 'error', errorType: 'bad_data', error }, 400));
    }
    const values: [number, string][] = [];
    for (let t = start; t <= end; t += step) values.push([t, String(t / 60)]);
    const result = Array.from({ length: series[param('query')] ?? 0 }, (_, i) => ({
      metric: { __name__: param('query'), instance: `h${i}` },
      values,
    }));
    return Promise.resolve(json({ status: 'success', data: { resultType: 'matrix', result } }));
  });
}

/** The query_range calls `fetchFn` got, as their parameters. */
const rangeCalls = (fetchFn: ReturnType<typeof vi.fn<typeof fetch>>) =>
  fetchFn.mock.calls
    .map(([url]) => new URL(String(url)))
    .filter((url) => url.pathname === '/api/v1/query_range')
    .map((url) => Object.fromEntries(url.searchParams));

const DAY = 86_400;

async function fetched(request: PrometheusRequest, fetchFn: typeof fetch) {
  const outcome = await fetchPrometheus(request, fetchFn);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.text;
}

describe('fetchPrometheus', () => {
  it("counts each query's series at the end, then asks query_range per query with the range and step", async () => {
    const fetchFn = fakePrometheus({ node_cpu_percent: 2, node_memory_percent: 2 });
    await fetched(REQUEST, fetchFn);
    const urls = fetchFn.mock.calls.map(([url]) => new URL(url as string));
    expect(urls.map((url) => url.pathname)).toEqual([
      '/api/v1/query',
      '/api/v1/query',
      '/api/v1/query_range',
      '/api/v1/query_range',
    ]);
    expect(urls.map((url) => Object.fromEntries(url.searchParams))).toEqual([
      { query: 'count(node_cpu_percent)', time: '1700000120' },
      { query: 'count(node_memory_percent)', time: '1700000120' },
      { query: 'node_cpu_percent', start: '1700000000', end: '1700000120', step: '60' },
      { query: 'node_memory_percent', start: '1700000000', end: '1700000120', step: '60' },
    ]);
  });

  it('skips blank queries and trims the others', async () => {
    const fetchFn = fakePrometheus({ up: 1 });
    await fetched({ ...REQUEST, queries: ['', '  up  ', '   '] }, fetchFn);
    expect(rangeCalls(fetchFn).map((call) => call.query)).toEqual(['up']);
  });

  it("joins every query's series into one matrix response, in query order", async () => {
    const cpu = matrix('node_cpu_percent', { a: [10, 20], b: [30, 40] });
    const memory = matrix('node_memory_percent', { a: [50, 60], b: [70, 80] });
    const count = json({ status: 'success', data: { resultType: 'vector', result: [] } });
    const text = await fetched(REQUEST, stubFetch(count, count.clone(), json(cpu), json(memory)));
    expect(JSON.parse(text)).toEqual({
      status: 'success',
      data: { resultType: 'matrix', result: [...cpu.data.result, ...memory.data.result] },
    });
  });

  it('gives text that readMetrics reads as one series per instance and metric', async () => {
    const cpu = matrix('node_cpu_percent', { a: [10, 20], b: [30, 40] });
    const memory = matrix('node_memory_percent', { a: [50, 60], b: [70, 80] });
    const answer = (url: URL) =>
      url.pathname === '/api/v1/query'
        ? { status: 'success', data: { resultType: 'vector', result: [] } }
        : url.searchParams.get('query') === 'node_cpu_percent'
          ? cpu
          : memory;
    const fetchFn = vi.fn<typeof fetch>((input) =>
      Promise.resolve(json(answer(new URL(String(input))))),
    );
    const text = await fetched(REQUEST, fetchFn);
    const outcome = await readMetrics(text, { format: 'prometheus-json' });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.dataset.series.map((s) => [s.metric, s.labels.instance, ...s.values])).toEqual([
      ['node_cpu_percent', 'a', 10, 20],
      ['node_cpu_percent', 'b', 30, 40],
      ['node_memory_percent', 'a', 50, 60],
      ['node_memory_percent', 'b', 70, 80],
    ]);
    expect(outcome.report.rowsRead).toBe(8);
  });

  it("passes Prometheus's own error text through for a query it rejects", async () => {
    const error = {
      status: 'error',
      errorType: 'bad_data',
      error: '1:6: parse error: unclosed left parenthesis',
    };
    const outcome = await fetchPrometheus(
      { ...REQUEST, queries: ['up', 'rate('] },
      stubFetch(
        json({ status: 'success', data: { resultType: 'vector', result: [] } }),
        json(error, 400),
        json(matrix('up', { a: [1] })),
        json(error, 400),
      ),
    );
    expect(outcome).toEqual({
      ok: false,
      reason: 'Prometheus rejected "rate(": bad_data: 1:6: parse error: unclosed left parenthesis',
    });
  });

  it('gives the HTTP status when an error answer is not a Prometheus one', async () => {
    const page = () =>
      new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' });
    const outcome = await fetchPrometheus(REQUEST, stubFetch(page(), page(), page()));
    expect(outcome).toEqual({
      ok: false,
      reason: 'http://127.0.0.1:9090 answered HTTP 502 Bad Gateway to "node_cpu_percent".',
    });
  });

  it('says the server could not be reached when fetch rejects', async () => {
    const outcome = await fetchPrometheus(REQUEST, stubFetch(new TypeError('Failed to fetch')));
    expect(outcome).toEqual({
      ok: false,
      reason: 'Could not reach http://127.0.0.1:9090: Failed to fetch.',
    });
  });

  it('answers cancelled, not a network error, when the signal aborted the fetch', async () => {
    const controller = new AbortController();
    controller.abort();
    const fetchFn = stubFetch(new DOMException('aborted', 'AbortError'));
    expect(await fetchPrometheus(REQUEST, fetchFn, controller.signal)).toEqual({
      ok: false,
      reason: 'cancelled',
    });
  });

  it('refuses an instant-query (vector) answer', async () => {
    const vector = () => json({ status: 'success', data: { resultType: 'vector', result: [] } });
    const outcome = await fetchPrometheus(REQUEST, stubFetch(vector(), vector(), vector()));
    expect(outcome.ok).toBe(false);
  });

  it.each([['127.0.0.1:9090'], ['ftp://h'], ['']])(
    'fetches nothing for a base URL %j that is not http(s)',
    async (baseUrl) => {
      const fetchFn = stubFetch();
      const outcome = await fetchPrometheus({ ...REQUEST, baseUrl }, fetchFn);
      expect(outcome.ok).toBe(false);
      expect(fetchFn).not.toHaveBeenCalled();
    },
  );

  it('fetches nothing when every query is blank', async () => {
    const fetchFn = stubFetch();
    expect(await fetchPrometheus({ ...REQUEST, queries: [' '] }, fetchFn)).toEqual({
      ok: false,
      reason: 'There is no query to run.',
    });
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('asks for a coarser round step when series x steps would pass the point budget', async () => {
    // 1 day at 1m is 1,441 steps: x 100 series = 144,100 points, over 1e5; 2m gives 72,100.
    const fetchFn = fakePrometheus({ up: 100 });
    const request = {
      ...REQUEST,
      queries: ['up'],
      endSec: REQUEST.startSec + DAY,
      pointBudget: 1e5,
    };
    const outcome = await fetchPrometheus(request, fetchFn);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.resolution).toEqual({
      wantedStepSec: 60,
      stepSec: 120,
      series: 100,
      budget: 1e5,
      chunks: 1,
    });
    expect(rangeCalls(fetchFn)).toEqual([
      { query: 'up', start: '1700000000', end: String(1700000000 + DAY), step: '120' },
    ]);
  });

  it('keeps the step asked for within the default budget of 1e7 points', async () => {
    const outcome = await fetchPrometheus(REQUEST, fakePrometheus({ node_cpu_percent: 1 }));
    expect(outcome).toMatchObject({
      ok: true,
      resolution: { stepSec: 60, budget: 1e7, chunks: 1 },
    });
  });

  it('splits a range of more than 11,000 steps into chunks and merges each series by its labels', async () => {
    // 10 days at 1m: 14,401 steps, which Prometheus refuses in one call.
    const request = { ...REQUEST, endSec: REQUEST.startSec + 10 * DAY };
    const fetchFn = fakePrometheus({ node_cpu_percent: 2, node_memory_percent: 1 });
    const outcome = await fetchPrometheus(request, fetchFn);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(rangeCalls(fetchFn).map(({ query, start, end }) => [query, start, end])).toEqual([
      ['node_cpu_percent', '1700000000', String(1700000000 + 10_999 * 60)],
      ['node_memory_percent', '1700000000', String(1700000000 + 10_999 * 60)],
      ['node_cpu_percent', String(1700000000 + 11_000 * 60), String(1700000000 + 10 * DAY)],
      ['node_memory_percent', String(1700000000 + 11_000 * 60), String(1700000000 + 10 * DAY)],
    ]);
    const { result } = (
      JSON.parse(outcome.text) as {
        data: { result: { metric: object; values: [number, string][] }[] };
      }
    ).data;
    expect(result.map((series) => series.metric)).toEqual([
      { __name__: 'node_cpu_percent', instance: 'h0' },
      { __name__: 'node_cpu_percent', instance: 'h1' },
      { __name__: 'node_memory_percent', instance: 'h0' },
    ]);
    for (const { values } of result) {
      expect(values.length).toBe(14_401);
      expect(values.every(([t], k) => t === 1700000000 + 60 * k)).toBe(true);
    }
  });

  it('reports each query_range call answered, with the points and bytes so far', async () => {
    const request = { ...REQUEST, endSec: REQUEST.startSec + 10 * DAY };
    const progress: PrometheusProgress[] = [];
    await fetchPrometheus(
      request,
      fakePrometheus({ node_cpu_percent: 2, node_memory_percent: 1 }),
      undefined,
      (p) => progress.push(p),
    );
    expect(progress.map(({ callsDone, calls, points }) => [callsDone, calls, points])).toEqual([
      [1, 4, 22_000],
      [2, 4, 33_000],
      [3, 4, 33_000 + 2 * 3401],
      [4, 4, 33_000 + 3 * 3401],
    ]);
    expect(progress.every((p, k) => k === 0 || p.bytes > progress[k - 1].bytes)).toBe(true);
  });

  it('answers cancelled and asks for no more chunks once the signal aborts between calls', async () => {
    const request = { ...REQUEST, endSec: REQUEST.startSec + 10 * DAY };
    const controller = new AbortController();
    const fetchFn = fakePrometheus({ node_cpu_percent: 1, node_memory_percent: 1 });
    const outcome = await fetchPrometheus(request, fetchFn, controller.signal, () =>
      controller.abort(),
    );
    expect(outcome).toEqual({ ok: false, reason: 'cancelled' });
    expect(rangeCalls(fetchFn)).toHaveLength(1);
  });

  it('aborts the call under way when the signal aborts during it', async () => {
    const controller = new AbortController();
    const count = json({ status: 'success', data: { resultType: 'vector', result: [] } });
    let aborted = false;
    const fetchFn = vi.fn<typeof fetch>((input, init) => {
      if (new URL(String(input)).pathname === '/api/v1/query')
        return Promise.resolve(count.clone());
      return new Promise((_, reject) => {
        init!.signal!.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('aborted', 'AbortError'));
        });
        controller.abort();
      });
    });
    const outcome = await fetchPrometheus(REQUEST, fetchFn, controller.signal);
    expect(outcome).toEqual({ ok: false, reason: 'cancelled' });
    expect(aborted).toBe(true);
  });

  it('fetches at the step asked for when a query cannot be counted (a scalar)', async () => {
    const refused = {
      status: 'error',
      errorType: 'bad_data',
      error: 'expected type instant vector in aggregation expression, got scalar',
    };
    const fetchFn = stubFetch(
      json(refused, 400),
      json(matrix('node_cpu_percent', { a: [1, 2, 3] })),
    );
    const outcome = await fetchPrometheus({ ...REQUEST, queries: ['node_cpu_percent'] }, fetchFn);
    expect(outcome).toMatchObject({ ok: true, resolution: { series: 0, stepSec: 60 } });
  });
});

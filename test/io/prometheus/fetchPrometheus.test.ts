import { describe, expect, it, vi } from 'vitest';
import { fetchPrometheus } from '../../../src/io/prometheus/fetchPrometheus';
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

async function fetched(request: PrometheusRequest, fetchFn: typeof fetch) {
  const outcome = await fetchPrometheus(request, fetchFn);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.text;
}

describe('fetchPrometheus', () => {
  it('asks query_range once per query, in order, with the range and step', async () => {
    const fetchFn = stubFetch(
      json(matrix('node_cpu_percent', { a: [1] })),
      json(matrix('node_memory_percent', { a: [2] })),
    );
    await fetched(REQUEST, fetchFn);
    const urls = fetchFn.mock.calls.map(([url]) => new URL(url as string));
    expect(urls.map((url) => url.pathname)).toEqual(['/api/v1/query_range', '/api/v1/query_range']);
    expect(urls.map((url) => Object.fromEntries(url.searchParams))).toEqual([
      { query: 'node_cpu_percent', start: '1700000000', end: '1700000120', step: '60' },
      { query: 'node_memory_percent', start: '1700000000', end: '1700000120', step: '60' },
    ]);
  });

  it('skips blank queries and trims the others', async () => {
    const fetchFn = stubFetch(json(matrix('up', { a: [1] })));
    await fetched({ ...REQUEST, queries: ['', '  up  ', '   '] }, fetchFn);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    expect(new URL(fetchFn.mock.calls[0][0] as string).searchParams.get('query')).toBe('up');
  });

  it("joins every query's series into one matrix response, in query order", async () => {
    const cpu = matrix('node_cpu_percent', { a: [10, 20], b: [30, 40] });
    const memory = matrix('node_memory_percent', { a: [50, 60], b: [70, 80] });
    const text = await fetched(REQUEST, stubFetch(json(cpu), json(memory)));
    expect(JSON.parse(text)).toEqual({
      status: 'success',
      data: { resultType: 'matrix', result: [...cpu.data.result, ...memory.data.result] },
    });
  });

  it('gives text that readMetrics reads as one series per instance and metric', async () => {
    const cpu = matrix('node_cpu_percent', { a: [10, 20], b: [30, 40] });
    const memory = matrix('node_memory_percent', { a: [50, 60], b: [70, 80] });
    const text = await fetched(REQUEST, stubFetch(json(cpu), json(memory)));
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
      stubFetch(json(matrix('up', { a: [1] })), json(error, 400)),
    );
    expect(outcome).toEqual({
      ok: false,
      reason: 'Prometheus rejected "rate(": bad_data: 1:6: parse error: unclosed left parenthesis',
    });
  });

  it('gives the HTTP status when an error answer is not a Prometheus one', async () => {
    const page = new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' });
    const outcome = await fetchPrometheus(REQUEST, stubFetch(page));
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
    const vector = { status: 'success', data: { resultType: 'vector', result: [] } };
    const outcome = await fetchPrometheus(REQUEST, stubFetch(json(vector)));
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
});

import { errorMessage } from '../errorMessage';
import { queryRangeUrl, type PrometheusRequest } from './queryRangeUrl';

type JsonObject = Record<string, unknown>;

const isObject = (x: unknown): x is JsonObject =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The fetched responses as one `query_range` response, or why there is none. */
export type PrometheusFetch = { ok: true; text: string } | { ok: false; reason: string };

/** One query's matrix `result` array, or why there is none. */
type QueryAnswer = { ok: true; result: unknown[] } | { ok: false; reason: string };

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** Prometheus's `errorType: error` as it wrote them, e.g. `bad_data: 1:5: parse error: ...`. */
function errorText(body: JsonObject): string {
  const parts = [body.errorType, body.error].filter(
    (part): part is string => typeof part === 'string' && part !== '',
  );
  return parts.join(': ') || '(no message)';
}

async function fetchQuery(
  request: PrometheusRequest,
  query: string,
  fetchFn: typeof fetch,
  signal: AbortSignal | undefined,
): Promise<QueryAnswer> {
  const { baseUrl, startSec, endSec, stepSec } = request;
  const url = queryRangeUrl(baseUrl, query, startSec, endSec, stepSec);
  let response: Response;
  let text: string;
  try {
    response = await fetchFn(url, { signal, headers: { Accept: 'application/json' } });
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) return { ok: false, reason: 'cancelled' };
    // A refused connection and a CORS refusal look the same from the page: "Failed to fetch".
    return { ok: false, reason: `Could not reach ${baseUrl}: ${errorMessage(error)}.` };
  }
  const body = parseJson(text);
  if (isObject(body) && body.status === 'error') {
    return { ok: false, reason: `Prometheus rejected "${query}": ${errorText(body)}` };
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    return { ok: false, reason: `${baseUrl} answered HTTP ${status} to "${query}".` };
  }
  const data = isObject(body) && body.status === 'success' ? body.data : undefined;
  if (!isObject(data) || data.resultType !== 'matrix' || !Array.isArray(data.result)) {
    return {
      ok: false,
      reason: `${baseUrl} did not answer "${query}" with a Prometheus range query result (a matrix).`,
    };
  }
  return { ok: true, result: data.result };
}

/**
 * Asks a Prometheus-compatible server (Prometheus, Thanos, Mimir, VictoriaMetrics) for each of
 * `request.queries` over one range through `/api/v1/query_range`, one after another, and joins
 * their series into one response's text, `{"status":"success","data":{"resultType":"matrix",
 * "result":[...every query's series]}}`, for readMetrics to read as 'prometheus-json'. Never
 * throws; stops at the first failure with one sentence: Prometheus's own `errorType: error` for a
 * query it rejects, the HTTP status for any other error answer, "Could not reach <baseUrl>: ..."
 * when there is no answer, 'cancelled' when `signal` aborts.
 * @example await fetchPrometheus({ baseUrl: 'http://h:9090', queries: ['rate('], ... })
 * // { ok: false, reason: 'Prometheus rejected "rate(": bad_data: 1:5: parse error: ...' }
 */
export async function fetchPrometheus(
  request: PrometheusRequest,
  fetchFn: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<PrometheusFetch> {
  if (!/^https?:\/\/[^/]/i.test(request.baseUrl)) {
    return {
      ok: false,
      reason: `"${request.baseUrl}" is not an http:// or https:// URL of a Prometheus server.`,
    };
  }
  const queries = request.queries.map((query) => query.trim()).filter((query) => query !== '');
  if (queries.length === 0) return { ok: false, reason: 'There is no query to run.' };
  const result: unknown[] = [];
  for (const query of queries) {
    const answer = await fetchQuery(request, query, fetchFn, signal);
    if (!answer.ok) return answer;
    result.push(...answer.result);
  }
  return {
    ok: true,
    text: JSON.stringify({ status: 'success', data: { resultType: 'matrix', result } }),
  };
}

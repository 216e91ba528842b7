import { errorMessage } from '../errorMessage';
import { instantQueryUrl, queryRangeUrl, type PrometheusRequest } from './queryRangeUrl';
import {
  chooseStep,
  chunkSteps,
  DEFAULT_POINT_BUDGET,
  planChunks,
  stepCount,
  type RangeChunk,
} from './rangePlan';

type JsonObject = Record<string, unknown>;

const isObject = (x: unknown): x is JsonObject =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The step a range was fetched at, and why: the step wanted, the series and the budget. */
export interface PrometheusResolution {
  /** The step asked for (seconds). */
  wantedStepSec: number;
  /** The step fetched (seconds): the wanted one, or a coarser one that keeps within budget. */
  stepSec: number;
  /** The series all queries matched at the end of the range (count()), the budget's estimate. */
  series: number;
  /** The most points to fetch. */
  budget: number;
  /** query_range calls per query: the range split so that each stays under Prometheus's limit. */
  chunks: number;
}

/** How far a fetch has come: query_range calls answered of all, and what they brought. */
export interface PrometheusProgress {
  callsDone: number;
  calls: number;
  /** Samples received so far, over all series. */
  points: number;
  /** Response bytes (characters) received so far. */
  bytes: number;
}

/** The fetched responses as one `query_range` response at the resolution fetched, or why not. */
export type PrometheusFetch =
  { ok: true; text: string; resolution: PrometheusResolution } | { ok: false; reason: string };

type Failure = { ok: false; reason: string };

/** One answer's JSON `data` and its length, or why there is none. */
type Answer = { ok: true; data: JsonObject; bytes: number } | Failure;

const CANCELLED: Failure = { ok: false, reason: 'cancelled' };

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

/** GETs one API `url` for `query` and answers its `data`, or one sentence saying why not. */
async function fetchData(
  url: string,
  baseUrl: string,
  query: string,
  fetchFn: typeof fetch,
  signal: AbortSignal | undefined,
): Promise<Answer> {
  if (signal?.aborted) return CANCELLED;
  let response: Response;
  let text: string;
  try {
    response = await fetchFn(url, { signal, headers: { Accept: 'application/json' } });
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) return CANCELLED;
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
  if (!isObject(data)) {
    return { ok: false, reason: `${baseUrl} did not answer "${query}" with a Prometheus result.` };
  }
  return { ok: true, data, bytes: text.length };
}

/**
 * How many series `query` matches at `timeSec`, by the instant query `count(<query>)`: 0 when it
 * matches none or cannot be counted (a scalar, or a query Prometheus rejects, whose range query
 * then says why); a failure only when the server cannot be reached or `signal` aborts.
 */
async function countSeries(
  request: PrometheusRequest,
  query: string,
  fetchFn: typeof fetch,
  signal: AbortSignal | undefined,
): Promise<{ ok: true; series: number } | Failure> {
  const url = instantQueryUrl(request.baseUrl, `count(${query})`, request.endSec);
  const answer = await fetchData(url, request.baseUrl, query, fetchFn, signal);
  if (!answer.ok) {
    const unreachable = answer.reason === 'cancelled' || answer.reason.startsWith('Could not');
    return unreachable ? answer : { ok: true, series: 0 };
  }
  const [first] = Array.isArray(answer.data.result) ? (answer.data.result as unknown[]) : [];
  const value = isObject(first) && Array.isArray(first.value) ? Number(first.value[1]) : 0;
  return { ok: true, series: Number.isFinite(value) ? value : 0 };
}

/** The matrix `result` of one query over one chunk, or why there is none. */
async function fetchChunk(
  request: PrometheusRequest,
  query: string,
  chunk: RangeChunk,
  stepSec: number,
  fetchFn: typeof fetch,
  signal: AbortSignal | undefined,
): Promise<{ ok: true; result: unknown[]; bytes: number } | Failure> {
  const { baseUrl } = request;
  const url = queryRangeUrl(baseUrl, query, chunk.startSec, chunk.endSec, stepSec);
  const answer = await fetchData(url, baseUrl, query, fetchFn, signal);
  if (!answer.ok) return answer;
  const { data } = answer;
  if (data.resultType !== 'matrix' || !Array.isArray(data.result)) {
    return {
      ok: false,
      reason: `${baseUrl} did not answer "${query}" with a Prometheus range query result (a matrix).`,
    };
  }
  return { ok: true, result: data.result, bytes: answer.bytes };
}

/**
 * Series of several query_range answers merged by their labels (`metric`), in order of first
 * sight, each series' samples (`values`, and native `histograms`) in the order they came.
 */
function seriesMerger() {
  const merged = new Map<string, unknown>();
  let points = 0;
  return {
    /** Adds one answer's series. */
    add(result: readonly unknown[]): void {
      for (const item of result) {
        // Not a series: kept as it is, for the reader to say where the answer is malformed.
        if (!isObject(item)) {
          merged.set(`#${merged.size}`, item);
          continue;
        }
        // Prometheus writes a series' labels sorted by name, so equal label sets give equal text.
        const key = JSON.stringify(item.metric);
        const series = merged.get(key) as JsonObject | undefined;
        if (Array.isArray(item.values)) points += item.values.length;
        if (!series) {
          merged.set(key, { ...item });
          continue;
        }
        for (const field of ['values', 'histograms']) {
          const more = item[field];
          if (!Array.isArray(more)) continue;
          const had: unknown = series[field];
          // Appended in place: copying a long series for every chunk would be quadratic.
          if (Array.isArray(had)) for (const sample of more) had.push(sample);
          else series[field] = more;
        }
      }
    },
    get points() {
      return points;
    },
    text: () =>
      JSON.stringify({
        status: 'success',
        data: { resultType: 'matrix', result: [...merged.values()] },
      }),
  };
}

/**
 * Asks a Prometheus-compatible server (Prometheus, Thanos, Mimir, VictoriaMetrics) for each of
 * `request.queries` over one range through `/api/v1/query_range`, and joins their series into one
 * response's text, `{"status":"success","data":{"resultType":"matrix","result":[...]}}`, for
 * readMetrics to read as 'prometheus-json'. First it counts the series the queries match at the
 * range's end (`count(<query>)`, instant) and picks the step: `request.stepSec` when series x
 * steps stays within `request.pointBudget` (default 1e7), else a coarser round one (chooseStep).
 * The range is then asked for in chunks small enough to stream and within Prometheus's 11,000
 * points a series (chunkSteps, planChunks), oldest first, each chunk's queries in order, the
 * series merged by labels; `onProgress` hears after each call. Never throws; stops at the first
 * failure with one sentence: Prometheus's own `errorType: error` for a query it rejects, the HTTP
 * status for any other error answer, "Could not reach <baseUrl>: ..." when there is no answer,
 * 'cancelled' when `signal` aborts (between calls, or during one: the call is aborted).
 * @example await fetchPrometheus({ baseUrl: 'http://h:9090', queries: ['rate('], ... })
 * // { ok: false, reason: 'Prometheus rejected "rate(": bad_data: 1:5: parse error: ...' }
 */
export async function fetchPrometheus(
  request: PrometheusRequest,
  fetchFn: typeof fetch = fetch,
  signal?: AbortSignal,
  onProgress?: (progress: PrometheusProgress) => void,
): Promise<PrometheusFetch> {
  if (!/^https?:\/\/[^/]/i.test(request.baseUrl)) {
    return {
      ok: false,
      reason: `"${request.baseUrl}" is not an http:// or https:// URL of a Prometheus server.`,
    };
  }
  const queries = request.queries.map((query) => query.trim()).filter((query) => query !== '');
  if (queries.length === 0) return { ok: false, reason: 'There is no query to run.' };
  const { startSec, endSec, stepSec: wantedStepSec } = request;
  if (stepCount(startSec, endSec, wantedStepSec) === 0) {
    return { ok: false, reason: 'The end of the range must not come before its start.' };
  }
  let series = 0;
  for (const query of queries) {
    const counted = await countSeries(request, query, fetchFn, signal);
    if (!counted.ok) return counted;
    series += counted.series;
  }
  const budget = request.pointBudget ?? DEFAULT_POINT_BUDGET;
  const stepSec = chooseStep(startSec, endSec, wantedStepSec, series, budget);
  const chunks = planChunks(startSec, endSec, stepSec, chunkSteps(series));
  const merger = seriesMerger();
  const calls = chunks.length * queries.length;
  let callsDone = 0;
  let bytes = 0;
  for (const chunk of chunks) {
    for (const query of queries) {
      const answer = await fetchChunk(request, query, chunk, stepSec, fetchFn, signal);
      if (!answer.ok) return answer;
      merger.add(answer.result);
      bytes += answer.bytes;
      onProgress?.({ callsDone: ++callsDone, calls, points: merger.points, bytes });
    }
  }
  const resolution = { wantedStepSec, stepSec, series, budget, chunks: chunks.length };
  return { ok: true, text: merger.text(), resolution };
}

import type { ReaderResult } from '../metrics/metricsReader';
import { labelledSeries } from './labelledSeries';
import { parsePromValue } from './parsePromValue';

type JsonObject = Record<string, unknown>;

const isObject = (x: unknown): x is JsonObject =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const fail = (reason: string) => ({ ok: false, reason }) as const;
const malformed = (path: string, what: string) =>
  fail(`The Prometheus response is malformed: ${path} ${what}.`);

/** A `[time, "value"]` pair as [seconds, value], or null when `x` is not one. */
function samplePair(x: unknown): [number, number] | null {
  if (!Array.isArray(x) || x.length !== 2) return null;
  const [time, text] = x as unknown[];
  if (typeof time !== 'number' || !Number.isFinite(time) || typeof text !== 'string') return null;
  const value = parsePromValue(text);
  return value === null ? null : [time, value];
}

/** A series' `metric` object as labels, or null when it is not an object of strings. */
function labelsOf(metric: unknown): Map<string, string> | null {
  if (!isObject(metric)) return null;
  const labels = new Map<string, string>();
  for (const [name, value] of Object.entries(metric)) {
    if (typeof value !== 'string') return null;
    labels.set(name, value);
  }
  return labels;
}

/**
 * Why a JSON `body` that is not a query response cannot be read, naming what it is when it is
 * recognised (another Prometheus API endpoint, a CloudWatch Metric Streams delivery); null when
 * it is not recognised.
 */
function otherJson(body: unknown): string | null {
  if (isObject(body) && body.status === 'success' && Array.isArray(body.data)) {
    const [first] = body.data as unknown[];
    const what =
      isObject(first) && 'target' in first && 'help' in first
        ? 'an /api/v1/targets/metadata response: help texts and types of metrics'
        : 'a list (as /api/v1/series, /api/v1/labels or /api/v1/metadata give)';
    return `The file is a Prometheus API response, but not a query result: it is ${what}, with no samples. Save the response of /api/v1/query_range instead.`;
  }
  if (isObject(body) && Array.isArray(body.records) && typeof body.requestId === 'string') {
    return 'The file is an AWS Kinesis Firehose delivery (CloudWatch Metric Streams, base64 "records"), which is not read: export the metrics from CloudWatch as CSV instead.';
  }
  return null;
}

/** A JSON array of query result items (`curl ... | jq .data.result`) as a full response body. */
function wrapResult(items: unknown[]): unknown {
  const matrix = items.every((item) => isObject(item) && Array.isArray(item.values));
  const vector = items.every((item) => isObject(item) && Array.isArray(item.value));
  if (
    items.length === 0 ||
    !(matrix || vector) ||
    !items.every((i) => isObject(i) && isObject(i.metric))
  ) {
    return items;
  }
  return { status: 'success', data: { resultType: matrix ? 'matrix' : 'vector', result: items } };
}

/**
 * Reads a Prometheus HTTP API response (`/api/v1/query_range` or `/api/v1/query`, saved as
 * JSON): a `matrix` (each series' `values`), a `vector` (each series' one `value`) or a `scalar`
 * (one series named 'scalar'). Times are epoch seconds, possibly fractional, read to the
 * millisecond; values are strings such as "0.5", "NaN", "+Inf". Each series is one dataset series
 * named by its labels in Prometheus's notation, on the union of the timestamps (see
 * labelledSeries). A bare `result` array (`jq .data.result`, as client libraries save it) is
 * read as the response it came from. Native histogram samples (`histograms`, `histogram`) are
 * not read. Fails with a reason for text that is not JSON, JSON of another shape (naming the
 * first bad place, or what it is when recognised: another API endpoint's answer, a CloudWatch
 * Metric Streams delivery), a `string` result, no samples at all, or an error response, whose
 * `errorType: error` is given as Prometheus wrote it. rowsRead counts samples.
 * @example parsePromJson('{"status":"error","errorType":"bad_data","error":"x"}').ok // false
 */
export function parsePromJson(text: string): ReaderResult {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return fail(`The file is not valid JSON: ${(error as Error).message}.`);
  }
  if (Array.isArray(body)) body = wrapResult(body);
  const other = otherJson(body);
  if (other !== null) return fail(other);
  if (!isObject(body) || (body.status !== 'success' && body.status !== 'error')) {
    return fail(
      'The JSON file is not a Prometheus API response: it has no "status" of "success" or "error".',
    );
  }
  if (body.status === 'error') {
    const type = typeof body.errorType === 'string' && body.errorType !== '' ? body.errorType : '';
    const error = typeof body.error === 'string' ? body.error : '';
    const message = [type, error].filter((part) => part !== '').join(': ');
    return fail(`Prometheus returned an error instead of data: ${message || '(no message)'}`);
  }
  const { data } = body;
  if (!isObject(data) || typeof data.resultType !== 'string') {
    return malformed('"data"', 'has no "resultType"');
  }
  const { resultType, result } = data;
  const collected = labelledSeries();
  if (resultType === 'scalar') {
    const pair = samplePair(result);
    if (!pair) return malformed('data.result', 'is not a [time, "value"] pair');
    collected.push(collected.seriesOf(new Map([['__name__', 'scalar']])), pair[0], pair[1]);
  } else if (resultType === 'matrix' || resultType === 'vector') {
    if (!Array.isArray(result)) return malformed('data.result', 'is not an array');
    if (result.length === 0) {
      return fail('The Prometheus response holds no series: the query matched nothing.');
    }
    const key = resultType === 'matrix' ? 'values' : 'value';
    for (let i = 0; i < result.length; i++) {
      const item: unknown = result[i];
      const path = `data.result[${i}]`;
      const labels = isObject(item) ? labelsOf(item.metric) : null;
      if (!isObject(item) || labels === null) {
        return malformed(`${path}.metric`, 'is not an object of label strings');
      }
      if (item[key] === undefined && item[resultType === 'matrix' ? 'histograms' : 'histogram']) {
        continue;
      }
      const pairs = resultType === 'matrix' ? item.values : [item.value];
      if (!Array.isArray(pairs)) return malformed(`${path}.values`, 'is not an array');
      const series = collected.seriesOf(labels);
      for (let k = 0; k < pairs.length; k++) {
        const pair = samplePair(pairs[k]);
        if (!pair) {
          const where = resultType === 'matrix' ? `${path}.values[${k}]` : `${path}.value`;
          return malformed(where, 'is not a [time, "value"] pair');
        }
        collected.push(series, pair[0], pair[1]);
      }
    }
  } else if (resultType === 'string') {
    return fail('The Prometheus response holds a string result, not numbers.');
  } else {
    return malformed('data.resultType', `is "${resultType}", not matrix, vector or scalar`);
  }
  if (collected.samples === 0) {
    return fail('The Prometheus response holds no float samples (native histograms are not read).');
  }
  return { ok: true, ...collected.finish(1000), rowsRead: collected.samples };
}

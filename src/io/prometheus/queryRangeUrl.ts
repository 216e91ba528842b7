/** What to ask a Prometheus-compatible server for: range queries over one time range. */
export interface PrometheusRequest {
  /** The server's base URL, e.g. `http://127.0.0.1:9090` (Thanos, Mimir and VictoriaMetrics too). */
  baseUrl: string;
  /** PromQL expressions, each asked for separately. */
  queries: string[];
  /** The range in epoch seconds, both ends included. */
  startSec: number;
  endSec: number;
  /**
   * Seconds between the points Prometheus evaluates: the finest wanted. A coarser step is asked
   * for when this one would give more than `pointBudget` points (see chooseStep).
   */
  stepSec: number;
  /** The most points (series x steps, over all queries) to fetch; DEFAULT_POINT_BUDGET if absent. */
  pointBudget?: number;
}

/**
 * The `/api/v1/query` URL for one PromQL `query` evaluated at `timeSec`, every parameter
 * URL-encoded, the base URL read as queryRangeUrl reads it.
 * @example instantQueryUrl('http://h:9090/', 'count(up)', 60)
 * // 'http://h:9090/api/v1/query?query=count%28up%29&time=60'
 */
export function instantQueryUrl(baseUrl: string, query: string, timeSec: number): string {
  const params = new URLSearchParams({ query, time: String(timeSec) });
  return `${baseUrl.replace(/\/+$/, '')}/api/v1/query?${params.toString()}`;
}

/**
 * The `/api/v1/query_range` URL for one PromQL `query` over `startSec`..`endSec` every `stepSec`
 * seconds, every parameter URL-encoded. A trailing slash on `baseUrl` is dropped, so that
 * `http://host:9090/` and `http://host:9090` give the same URL; a path prefix (a Mimir tenant's
 * `/prometheus`) is kept.
 * @example queryRangeUrl('http://h:9090', 'up', 0, 60, 15)
 * // 'http://h:9090/api/v1/query_range?query=up&start=0&end=60&step=15'
 */
export function queryRangeUrl(
  baseUrl: string,
  query: string,
  startSec: number,
  endSec: number,
  stepSec: number,
): string {
  const params = new URLSearchParams({
    query,
    start: String(startSec),
    end: String(endSec),
    step: String(stepSec),
  });
  return `${baseUrl.replace(/\/+$/, '')}/api/v1/query_range?${params.toString()}`;
}

/** What to ask a Prometheus-compatible server for: range queries over one time range. */
export interface PrometheusRequest {
  /** The server's base URL, e.g. `http://127.0.0.1:9090` (Thanos, Mimir and VictoriaMetrics too). */
  baseUrl: string;
  /** PromQL expressions, each asked for separately. */
  queries: string[];
  /** The range in epoch seconds, both ends included. */
  startSec: number;
  endSec: number;
  /** Seconds between the points Prometheus evaluates. */
  stepSec: number;
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

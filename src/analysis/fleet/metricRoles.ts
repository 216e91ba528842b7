import { unitKind } from '../../model/unit';

/** What a metric is, judged by its name and unit: the panels that find their data by it. */
interface Named {
  readonly metric: string;
  readonly unit: string;
}

/**
 * A CPU utilisation in percent: a name with `cpu` in it (`cpu`, `cpu_usage`, `cpu_usage_active`,
 * `system_cpu_utilization`, node_exporter's derived `node_cpu_busy_percent`) and a '%' unit.
 * @example isCpuMetric({ metric: 'cpu_usage', unit: '%' }) // true
 */
export const isCpuMetric = ({ metric, unit }: Named) => /cpu/i.test(metric) && unit === '%';

/**
 * A memory utilisation in percent: a name with `mem` in it (`mem`, `memory`, `mem_used_percent`,
 * node_exporter's derived `node_memory_used_percent`) and a '%' unit.
 */
export const isMemoryMetric = ({ metric, unit }: Named) => /mem/i.test(metric) && unit === '%';

/**
 * A latency or duration: a time unit (s, ms), or a name saying latency, duration or response time.
 * @example isLatencyMetric({ metric: 'http_request_duration_seconds', unit: 's' }) // true
 */
export const isLatencyMetric = ({ metric, unit }: Named) =>
  unitKind(unit) === 'time' || /latency|duration|response_?time|rtt/i.test(metric);

/**
 * A count of requests: a name saying requests, hits or calls (`http_requests_total`,
 * `nginx_requests`, `elb_request_count`), or a 'req/s' unit.
 */
export const isRequestMetric = ({ metric, unit }: Named) =>
  unit === 'req/s' ||
  /requests?(_total|_count|_per_s\w*)?$|(^|_)(hits|calls)(_total)?$/i.test(metric);

/** Network bytes or bits (by unit or name), not packets. */
const isByteMetric = ({ metric, unit }: Named) => {
  const kind = unitKind(unit);
  if (/packets|pkts/i.test(metric)) return false;
  return (
    kind === 'bytes' ||
    kind === 'bytesPerSecond' ||
    kind === 'bitsPerSecond' ||
    /bytes|octets|bits/i.test(metric)
  );
};

const isPacketMetric = ({ metric }: Named) => /packets|pkts/i.test(metric);

/** Which way a network metric counts: received, sent, or neither by its name. */
export function direction(metric: string): 'in' | 'out' | null {
  if (/receive|recv|(^|_)rx(_|$)|(^|_)in(_|$)|in_?octets|inucast|network_?in|_in$/i.test(metric)) {
    return 'in';
  }
  if (
    /transmit|sent|(^|_)tx(_|$)|(^|_)out(_|$)|out_?octets|outucast|network_?out|_out$/i.test(metric)
  ) {
    return 'out';
  }
  return null;
}

/** The network counter a metric is, if any: bytes or packets, in or out. */
export function trafficRole(
  series: Named,
): { quantity: 'bytes' | 'packets'; direction: 'in' | 'out' } | null {
  const quantity = isByteMetric(series) ? 'bytes' : isPacketMetric(series) ? 'packets' : null;
  const way = direction(series.metric);
  if (quantity === null || way === null) return null;
  if (
    quantity === 'bytes' &&
    !/net|network|if|interface|octets|bytes_(in|out|recv|sent)|rx|tx|receive|transmit/i.test(
      series.metric,
    )
  ) {
    return null;
  }
  return { quantity, direction: way };
}

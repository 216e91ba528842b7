import { firstLabel, HOST_LABELS, isDerived } from '../../model/labels';
import { amountPerStep, amountRule } from '../rates/amountPerStep';
import type { MetricSeries } from '../views/NamedSeries';
import { isRequestMetric } from './metricRoles';

/**
 * The total a series counts over its whole range: a counter's increases (its value itself when it
 * has a single sample: everything since it started), a per-second rate times the time, or the sum
 * of per-sample amounts. NaN samples are skipped; NaN when nothing is left.
 */
export function totalOf(series: MetricSeries): number {
  const rule = amountRule(series);
  if (rule === 'counter' && series.values.length === 1) return series.values[0];
  const amounts = amountPerStep(series.values, series.timeMs ?? null, rule);
  let total = 0;
  let present = 0;
  for (const v of amounts) {
    if (v === v) {
      total += v;
      present++;
    }
  }
  return present > 0 ? total : NaN;
}

/** Requests served per server, for the Load balancer panel. */
export interface RequestTotals {
  readonly names: string[];
  readonly requests: Float64Array;
  readonly metric: string;
  readonly note: string;
}

/**
 * Requests per server from a request metric (isRequestMetric: `http_requests_total`,
 * `nginx_requests`, `requests`, 'req/s', ...) with one series per host (a host, instance, ... label):
 * the first such metric reported by two or more hosts, or `metric` when given. Several series of one
 * host (status codes, methods) add up. Each total is totalOf() its series.
 * @returns { reason } when no request metric has two hosts.
 */
export function requestTotals(
  series: readonly MetricSeries[],
  metric?: string,
): RequestTotals | { reason: string } {
  const byMetric = new Map<string, Map<string, MetricSeries[]>>();
  for (const s of series) {
    const key = firstLabel(s.labels, HOST_LABELS);
    if (
      key === undefined ||
      isDerived(s.labels) ||
      !(metric ? s.metric === metric : isRequestMetric(s))
    ) {
      continue;
    }
    const hosts = byMetric.get(s.metric) ?? new Map<string, MetricSeries[]>();
    byMetric.set(s.metric, hosts);
    const host = s.labels.file ? `${s.labels.file}: ${s.labels[key]}` : s.labels[key];
    hosts.set(host, [...(hosts.get(host) ?? []), s]);
  }
  const found = [...byMetric].find(([, hosts]) => hosts.size >= 2);
  if (!found) {
    return {
      reason: metric
        ? `needs ${metric} on two or more hosts`
        : 'needs a request count or rate per server (e.g. http_requests_total or requests, one series per host or instance)',
    };
  }
  const [name, hosts] = found;
  const names = [...hosts.keys()];
  const requests = Float64Array.from(names, (host) =>
    hosts.get(host)!.reduce((total, s) => total + (totalOf(s) || 0), 0),
  );
  const count = [...hosts.values()].reduce((n, list) => n + list.length, 0);
  return {
    names,
    requests,
    metric: name,
    note: `${name}: ${count} series over ${names.length} servers, each server's requests over the whole range`,
  };
}

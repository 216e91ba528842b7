import { seriesName } from '../../model/seriesName';
import type { MetricSeries } from '../views/NamedSeries';

/**
 * Names for series drawn together, as short as still tells them apart (Grafana's legend does the
 * same with its label templates): labels every series has with the same value are left out; when
 * they all share their metric, it is left out too, and a single label that varies gives its bare
 * value (`web-01:9100`); a series without such labels keeps its own name. Falls back to the full
 * names when the short ones would repeat or be empty.
 * @example shortNames([up{instance="a",job="x"}, up{instance="b",job="x"}]) // ['a', 'b']
 */
export function shortNames(series: readonly MetricSeries[]): string[] {
  if (series.length < 2) return series.map((s) => s.name);
  const keys = [...new Set(series.flatMap((s) => Object.keys(s.labels)))];
  const varying = keys.filter((k) => new Set(series.map((s) => s.labels[k] ?? '')).size > 1);
  const constant = keys.filter((k) => !varying.includes(k));
  const oneMetric = new Set(series.map((s) => s.metric)).size === 1;
  const names = series.map((s) => {
    // A series none of whose labels tells it apart keeps the name its source gave it.
    if (!varying.some((k) => k in s.labels)) return s.name;
    if (oneMetric && varying.length === 1) return s.labels[varying[0]];
    return seriesName(oneMetric ? '' : s.metric, s.labels, constant);
  });
  const distinct = new Set(names).size === names.length && names.every((n) => n !== '');
  return distinct ? names : series.map((s) => s.name);
}

import { nanmean } from '../../kernel';
import { DATA_CENTRE_LABELS, firstLabel, isDerived } from '../../model/labels';
import type { DataCentreMetrics } from '../weightedAggregate';
import type { MetricSeries } from '../views/NamedSeries';
import { isRequestMetric, trafficRole } from './metricRoles';
import { totalOf } from './requestTotals';

/** The data centres found in a data set, with what weighs them. */
export interface DataCentreInputs {
  readonly dataCentres: DataCentreMetrics[];
  /** The label that names the data centres. */
  readonly label: string;
  /** The metric whose totals are the traffic weights. */
  readonly weightMetric: string;
  /** Each metric's unit. */
  readonly units: Readonly<Record<string, string>>;
  readonly note: string;
}

/** Whether a series can weigh data centres: a request metric, else network bytes. */
const isWeight = (s: MetricSeries) => isRequestMetric(s) || trafficRole(s)?.quantity === 'bytes';

/**
 * Data centres from series that carry a data-centre label (dc, datacenter, region, zone, ...; see
 * DATA_CENTRE_LABELS; or `label` when given): each centre's traffic is the total of the weight
 * metric (`weight`, else the first request metric, else network bytes; totalOf each series, summed
 * over the centre's series), and each other metric's reading is the mean of all its samples in the
 * centre (every host and step, NaN skipped).
 * @returns { reason } when no series has such a label, fewer than two centres, or no weight metric.
 */
export function dataCentreMetrics(
  series: readonly MetricSeries[],
  { label, weight }: { label?: string; weight?: string } = {},
): DataCentreInputs | { reason: string } {
  const keys = label ? [label] : DATA_CENTRE_LABELS;
  const labelled = series.flatMap((s) => {
    const key = firstLabel(s.labels, keys);
    return key === undefined || isDerived(s.labels) ? [] : [{ s, key, dc: s.labels[key] }];
  });
  const centres = [...new Set(labelled.map((l) => l.dc))];
  if (centres.length < 2) {
    return {
      reason: label
        ? `needs series with at least two values of the label ${label}`
        : 'needs series labelled with a data centre, region or zone (dc, region, zone, ...) in at least two places',
    };
  }
  const weightMetric =
    weight ??
    labelled.find((l) => isRequestMetric(l.s))?.s.metric ??
    labelled.find((l) => isWeight(l.s))?.s.metric;
  if (weightMetric === undefined) {
    return { reason: 'needs a request or network-bytes metric to weigh the data centres by' };
  }
  const dataCentres = centres.map((name) => {
    const members = labelled.filter((l) => l.dc === name).map((l) => l.s);
    const traffic = members
      .filter((s) => s.metric === weightMetric)
      .reduce((total, s) => total + (totalOf(s) || 0), 0);
    const metrics: Record<string, number> = {};
    for (const metric of new Set(members.map((s) => s.metric))) {
      if (metric === weightMetric) continue;
      const values = members
        .filter((s) => s.metric === metric)
        .flatMap((s) => Array.from(s.values));
      const present = Float64Array.from(values).filter((v) => v === v);
      if (present.length > 0) metrics[metric] = nanmean(present);
    }
    return { name, traffic, metrics };
  });
  const units = Object.fromEntries(labelled.map((l) => [l.s.metric, l.s.unit]));
  return {
    dataCentres,
    label: labelled[0].key,
    weightMetric,
    units,
    note: `${centres.length} data centres by the label ${labelled[0].key}, weighted by the total of ${weightMetric}; each reading is the mean over the centre's hosts and time`,
  };
}

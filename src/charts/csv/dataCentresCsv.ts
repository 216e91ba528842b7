import type { DataCentresView } from '../../analysis/views/dataCentresView';
import { csvText, withUnit, type CsvCell } from './csvText';

/** The first column of the two summary rows under the data centres. */
export const WEIGHTED_AVERAGE_ROW = 'weighted average';
export const COVERAGE_ROW = 'traffic covered';

/**
 * The Data centres panel's table as CSV: one row per data centre (traffic, its share of all
 * traffic as a fraction, each metric's reading in its unit, empty where it reports none), then the
 * traffic-weighted average of each metric (traffic: the total; share: 1), then the fraction of
 * traffic behind each average (the centres that report the metric).
 * @example dataCentresCsv(view).split('\r\n')[0] // 'data centre,traffic,share,latency (ms)'
 */
export function dataCentresCsv(view: DataCentresView): string {
  const { aggregate, dataCentres, units } = view;
  const metrics = aggregate.metricNames;
  const header = [
    'data centre',
    'traffic',
    'share',
    ...metrics.map((metric) => withUnit(metric, units[metric] ?? '')),
  ];
  const rows: CsvCell[][] = dataCentres.map((dc, i) => [
    dc.name,
    dc.traffic,
    aggregate.weightShares[i],
    ...metrics.map((metric) => dc.metrics[metric] ?? null),
  ]);
  rows.push([WEIGHTED_AVERAGE_ROW, aggregate.totalTraffic, 1, ...aggregate.averages]);
  rows.push([COVERAGE_ROW, null, null, ...aggregate.coverage]);
  return csvText(header, rows);
}

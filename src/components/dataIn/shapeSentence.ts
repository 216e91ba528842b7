import { formatCount, formatCountOf } from '../../charts/formatNumber';
import type { SampleShape } from '../../io/metrics/sampleShape';

/** Metric names listed in full before the rest are counted. */
const LISTED = 4;

/**
 * The mapping step's summary of what the sampled rows read as, e.g. "The first 50 rows read as 5
 * hosts × 2 metrics (memory, cpu): 10 series." (no host column: "… as 2 metrics (…): 2 series.").
 */
export function shapeSentence({ rows, hosts, metrics, series }: SampleShape): string {
  const listed = metrics.slice(0, LISTED).join(', ');
  const more = metrics.length > LISTED ? ` and ${formatCount(metrics.length - LISTED)} more` : '';
  const what = `${formatCountOf(metrics.length, 'metric')} (${listed}${more})`;
  const shape = hosts > 0 ? `${formatCountOf(hosts, 'host')} × ${what}` : what;
  return `The first ${formatCountOf(rows, 'row')} ${rows === 1 ? 'reads' : 'read'} as ${shape}: ${formatCountOf(series, 'series', 'series')}.`;
}

import type { PercentileBandsView } from '../../analysis/views/percentileBandsView';
import { csvText, isoTime, withUnit } from './csvText';

/**
 * The Percentile bands panel's lines as CSV: one row per window drawn, at its last sample (time in
 * ISO-8601 UTC on a timed series, else the sample index), then each rolling percentile in the
 * series' unit ('p50 (ms)', 'p95 (ms)', ...).
 * @example percentileBandsCsv(view).split('\r\n')[0] // 'time,p50 (ms),p95 (ms),p99 (ms)'
 */
export function percentileBandsCsv(view: PercentileBandsView): string {
  const timed = view.xKind === 'time';
  const header = [timed ? 'time' : 'index', ...view.qs.map((q) => withUnit(`p${q}`, view.unit))];
  const rows = Array.from(view.x, (x, i) => [
    timed ? isoTime(x) : x,
    ...view.bands.map((band) => band[i]),
  ]);
  return csvText(header, rows);
}

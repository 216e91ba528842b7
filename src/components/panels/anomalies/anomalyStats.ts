import type { AnomalyView } from '../../../analysis/views/anomalyView';
import { formatCount, formatCountOf } from '../../../charts/formatNumber';
import type { Stat } from '../common/StatCards';

const SPANS: readonly (readonly [string, number])[] = [
  ['week', 604_800_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** The season a detector used, for its card: '1 day (288 samples)', '96 samples' or 'none found'. */
function seasonText({ period, periodMs }: AnomalyView): string {
  if (period === null) return 'none found';
  const samples = formatCountOf(period, 'sample');
  const span = periodMs === null ? undefined : SPANS.find(([, ms]) => periodMs >= 0.95 * ms);
  if (!span || periodMs === null) return samples;
  return `${formatCountOf(Math.round(periodMs / span[1]), span[0])} (${samples})`;
}

/**
 * The Anomalies panel's key figures: how many points were flagged of those judged, and, for the
 * seasonal and adaptive detectors, the season used.
 */
export function anomalyStats(view: AnomalyView): Stat[] {
  const stats: Stat[] = [
    {
      label: 'Anomalies',
      value: `${formatCount(view.count)} of ${formatCount(view.checked)} points`,
      alert: view.count > 0,
    },
  ];
  if (view.detector === 'seasonal' || view.detector === 'adaptive') {
    stats.push({ label: 'Season', value: seasonText(view) });
  }
  return stats;
}

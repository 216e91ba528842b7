import type { OverviewView } from '../../../analysis/views/overviewView';
import { formatCount, formatValue } from '../../../charts/formatNumber';
import type { Stat } from '../common/StatCards';

/**
 * The Overview panel's key figures: the pooled mean, peak, min and std of the lines drawn, and the
 * high-load periods with how many points were over the line.
 */
export function overviewStats(view: OverviewView): Stat[] {
  const { summary, unit } = view;
  return [
    { label: 'Mean', value: formatValue(summary.mean, unit) },
    { label: 'Peak', value: formatValue(summary.peak, unit) },
    { label: 'Min', value: formatValue(summary.min, unit) },
    { label: 'Std', value: formatValue(summary.std, unit) },
    {
      label: 'High-load periods',
      value: `${formatCount(view.periodsX.length)} (${formatCount(summary.highLoadCount)} points)`,
      alert: view.periodsX.length > 0,
    },
  ];
}

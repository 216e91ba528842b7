import type { TrendsView } from '../../../analysis/views/trendsView';
import { formatCount } from '../../../charts/formatNumber';
import type { Stat } from '../common/StatCards';

/**
 * The Trends & correlation panel's key figures (for the report; the panel shows its table): the
 * series, how many rise and fall significantly, and the most strongly correlated pair when there is
 * a correlation.
 */
export function trendsStats(view: TrendsView): Stat[] {
  const going = (direction: 'up' | 'down') =>
    view.trends.filter((t) => t.trend.direction === direction).length;
  const strongest = view.correlation?.pairs[0];
  return [
    { label: 'Series', value: formatCount(view.trends.length) },
    { label: 'Rising', value: formatCount(going('up')) },
    { label: 'Falling', value: formatCount(going('down')) },
    ...(strongest
      ? [
          {
            label: 'Strongest correlation',
            value: `${strongest.a} ↔ ${strongest.b}: r = ${strongest.r.toFixed(2)}`,
          },
        ]
      : []),
  ];
}

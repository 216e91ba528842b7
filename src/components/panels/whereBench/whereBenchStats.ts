import type { BenchResult } from '../../../analysis/benchWhereVsLoop';
import { formatCount, formatValue } from '../../../charts/formatNumber';
import type { Stat } from '../common/StatCards';

/** The Vectorised vs loop panel's key figures: both median times, the speed-up and the size. */
export function whereBenchStats(view: BenchResult): Stat[] {
  return [
    { label: 'Vectorised', value: formatValue(view.vectorisedMs, 'ms') },
    { label: 'Loop', value: formatValue(view.loopMs, 'ms') },
    { label: 'Speed-up', value: `${formatValue(view.speedup, '')} ×` },
    { label: 'Size', value: `${formatCount(view.n)} values` },
  ];
}

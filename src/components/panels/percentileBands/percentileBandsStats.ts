import type { PercentileBandsView } from '../../../analysis/views/percentileBandsView';
import { formatValue } from '../../../charts/formatNumber';
import type { Stat } from '../common/StatCards';

/** The Percentile bands panel's key figures: each percentile of the latest window ('Latest p95'). */
export function percentileBandsStats(view: PercentileBandsView): Stat[] {
  return view.qs.map((q, i) => ({
    label: `Latest p${q}`,
    value: formatValue(view.bands[i][view.bands[i].length - 1], view.unit),
  }));
}

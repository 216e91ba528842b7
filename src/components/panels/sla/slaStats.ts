import type { SlaView } from '../../../analysis/views/slaView';
import { formatValue } from '../../../charts/formatNumber';
import type { Stat } from '../common/StatCards';

/**
 * The SLA & Apdex panel's key figures: p50 to p99.9 of the filtered response times in the series'
 * `unit`, the compliance with the target, and the Apdex score with its rating.
 */
export function slaStats(view: SlaView, unit: string): Stat[] {
  const { percentiles } = view;
  return [
    { label: 'p50', value: formatValue(percentiles.p50, unit) },
    { label: 'p90', value: formatValue(percentiles.p90, unit) },
    { label: 'p95', value: formatValue(percentiles.p95, unit) },
    { label: 'p99', value: formatValue(percentiles.p99, unit) },
    { label: 'p99.9', value: formatValue(percentiles.p999, unit) },
    { label: 'Compliance', value: formatValue(view.compliance * 100, '%') },
    { label: 'Apdex', value: `${view.apdex.toFixed(2)} ${view.rating}`, alert: view.apdex < 0.7 },
  ];
}

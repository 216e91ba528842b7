import type { SlaView } from '../../analysis/views/slaView';
import { csvText, withUnit } from './csvText';

/**
 * The SLA panel's latency histogram as CSV: one row per bin, its lower and upper edge in the
 * series' unit `unit` (np.histogram's bins: each includes its lower edge, the last its upper one
 * too) and how many response times fell in it.
 * @example slaCsv(view, 'ms').split('\r\n')[0] // 'from (ms),to (ms),count'
 */
export function slaCsv(view: SlaView, unit: string): string {
  const { counts, edges } = view.histogram;
  const rows = Array.from(counts, (count, i) => [edges[i], edges[i + 1], count]);
  return csvText([withUnit('from', unit), withUnit('to', unit), 'count'], rows);
}

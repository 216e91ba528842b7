import { isNeeds, type Needs } from '../../../analysis/views/needs';
import type { PanelKey } from '../../../store/panels';
import { useMetricscope } from '../../../store/state';
import type { AnalysisResult } from '../../../worker/analyses';

/**
 * The newest result of one panel's analysis, or undefined until the first one arrives and while
 * the data cannot feed the panel (Panel then says what it needs).
 */
export function useResult<K extends PanelKey>(
  panel: K,
): Exclude<AnalysisResult<K>, Needs> | undefined {
  return useMetricscope((s) => {
    const result = s.results[panel];
    return isNeeds(result) ? undefined : (result as Exclude<AnalysisResult<K>, Needs>);
  });
}

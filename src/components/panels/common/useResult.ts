import type { PanelKey } from '../../../store/panels';
import { useMetricscope } from '../../../store/store';
import type { AnalysisResult } from '../../../worker/analyses';

/** The newest result of one panel's analysis, or undefined until the first one arrives. */
export function useResult<K extends PanelKey>(panel: K): AnalysisResult<K> | undefined {
  return useMetricscope((s) => s.results[panel]);
}

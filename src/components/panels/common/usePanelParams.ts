import type { PanelKey, PanelParams } from '../../../store/panels';
import { useMetricscope } from '../../../store/state';

/**
 * One panel's current parameters (series picks and slider values), as defaultParams set them and
 * the panel's controls changed them.
 * @throws Error when no data set is loaded: panels are only shown once one is.
 */
export function usePanelParams<K extends PanelKey>(panel: K): PanelParams[K] {
  const params = useMetricscope((s) => s.params?.[panel]);
  if (!params) throw new Error(`The ${panel} panel needs a loaded data set`);
  return params;
}

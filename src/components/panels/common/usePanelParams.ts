import type { PanelKey, PanelParams } from '../../../store/panels';
import { useMetricscope } from '../../../store/store';

/**
 * One panel's current parameters (series picks and slider values). The worker's options are
 * optional for other callers, but defaultParams sets every one a panel's controls show, hence
 * Required.
 * @throws Error when no data set is loaded: panels are only shown once one is.
 */
export function usePanelParams<K extends PanelKey>(panel: K): Required<PanelParams[K]> {
  const params = useMetricscope((s) => s.params?.[panel]);
  if (!params) throw new Error(`The ${panel} panel needs a loaded data set`);
  return params as Required<PanelParams[K]>;
}

import { fetchZoomedRange, zoomedFetch } from '../../store/prometheusZoom';
import { useMetricscope } from '../../store/state';
import { formatStep, resolutionSentence } from './resolutionSentence';

/**
 * For data fetched from Prometheus: the step it was fetched at and why (see resolutionSentence),
 * and, while a part of it is zoomed that can be fetched at a finer step, "Fetch this range at full
 * resolution", which fetches that part again at the finest step the budget allows.
 */
export function PrometheusResolution() {
  const request = useMetricscope((s) => s.prometheus);
  const resolution = useMetricscope((s) => s.prometheusResolution);
  const finerStepSec = useMetricscope((s) => zoomedFetch(s)?.stepSec ?? null);
  if (!request || !resolution) return null;
  return (
    <p className="prometheus-resolution">
      {resolutionSentence(request, resolution)}
      {finerStepSec !== null && (
        <>
          {` The zoomed range fits the budget at step ${formatStep(finerStepSec)}. `}
          <button type="button" className="secondary" onClick={() => void fetchZoomedRange()}>
            Fetch this range at full resolution
          </button>
        </>
      )}
    </p>
  );
}

import { formatCount } from '../../charts/formatNumber';
import type { PrometheusResolution } from '../../io/prometheus/fetchPrometheus';
import type { PrometheusRequest } from '../../io/prometheus/queryRangeUrl';
import { stepCount } from '../../io/prometheus/rangePlan';

/**
 * A step in Prometheus's duration notation, in the largest whole unit: '1d', '6h', '5m', '15s'
 * ('0.5s' below a second, '90s' for what is not a whole minute).
 */
export function formatStep(stepSec: number): string {
  const units = [
    ['d', 86_400],
    ['h', 3600],
    ['m', 60],
  ] as const;
  const unit = units.find(([, size]) => stepSec >= size && stepSec % size === 0);
  return unit ? `${stepSec / unit[1]}${unit[0]}` : `${stepSec}s`;
}

/**
 * The resolution a Prometheus range was fetched at, in one sentence: the step, and when it is
 * coarser than asked, what the asked-for step would have cost against the budget; the points
 * are the series counted at the range's end times the steps.
 * @example resolutionSentence(request, resolution)
 * // 'Step 5m: 1m samples would be 120,000,000 points, over the 10,000,000 budget.'
 */
export function resolutionSentence(
  request: PrometheusRequest,
  resolution: PrometheusResolution,
): string {
  const { wantedStepSec, stepSec, series, budget } = resolution;
  const points = (step: number) =>
    formatCount(Math.max(1, series) * stepCount(request.startSec, request.endSec, step));
  const step = `Step ${formatStep(stepSec)}`;
  if (stepSec === wantedStepSec) return `${step}: ${points(stepSec)} points, as asked.`;
  return `${step}: ${formatStep(wantedStepSec)} samples would be ${points(wantedStepSec)} points, over the ${formatCount(budget)} budget.`;
}

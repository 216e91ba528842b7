import { chooseStep } from '../io/prometheus/rangePlan';
import type { PrometheusRequest } from '../io/prometheus/queryRangeUrl';
import { connectPrometheus } from './loading';
import { store, type MetricscopeState } from './state';

/** What "Fetch this range at full resolution" would ask for: the request and the step it gets. */
export interface ZoomedFetch {
  request: PrometheusRequest;
  stepSec: number;
}

/**
 * The request for the zoomed part of the Prometheus range shown, at the finest step the point
 * budget allows there (the step asked for at best, see chooseStep, with the series counted for
 * the range shown); null when that is no finer than the step shown, or nothing is zoomed, or the
 * data did not come from Prometheus. The zoom is taken to whole seconds outward and kept inside
 * the range shown.
 */
export function zoomedFetch(
  state: Pick<MetricscopeState, 'prometheus' | 'prometheusResolution' | 'zoom'>,
): ZoomedFetch | null {
  const { prometheus, prometheusResolution: shown, zoom } = state;
  if (!prometheus || !shown || !zoom) return null;
  const startSec = Math.max(prometheus.startSec, Math.floor(zoom.start / 1000));
  const endSec = Math.min(prometheus.endSec, Math.ceil(zoom.end / 1000));
  if (endSec <= startSec) return null;
  const stepSec = chooseStep(startSec, endSec, prometheus.stepSec, shown.series, shown.budget);
  if (stepSec >= shown.stepSec) return null;
  return { request: { ...prometheus, startSec, endSec }, stepSec };
}

/**
 * Fetches the zoomed part of the Prometheus range shown again at the finest step the budget
 * allows (see zoomedFetch) and shows it in place of the whole range, as Connect would; does
 * nothing when there is nothing finer to fetch.
 */
export function fetchZoomedRange(): Promise<void> {
  const state = store.getState();
  const zoomed = zoomedFetch(state);
  if (!zoomed) return Promise.resolve();
  return connectPrometheus(zoomed.request, state.source.name);
}

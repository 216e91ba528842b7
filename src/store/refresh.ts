import { errorMessage } from '../io/errorMessage';
import type { AnalysisParams } from '../worker/analyses';
import type { Catalogue } from '../worker/workspace';
import { defaultParams, PANELS, type PanelKey, type PanelParams } from './panels';
import { connected, ianaZone, store, type MetricscopeState } from './state';

/**
 * What `panel` is computed with: its parameters and, for the Overview while a range is zoomed, that
 * range (its figures cover the zoomed range; the zoom is not a parameter of its own, so a link or
 * saved dashboard carries it once, as the zoom).
 */
function analysisParams<K extends PanelKey>(
  panel: K,
  { params, zoom }: Pick<MetricscopeState, 'params' | 'zoom'> & { params: PanelParams },
): AnalysisParams<K> {
  const own: AnalysisParams<K> = params[panel];
  return panel === 'overview' && zoom ? { ...own, range: zoom } : own;
}

/**
 * Recomputes one panel in the worker with its current parameters (see analysisParams). Latest wins: a result that a
 * newer call for the same panel superseded is dropped, so a dragged slider never shows stale data,
 * and so is one that was asked for before another data set was shown.
 */
export async function refresh<K extends PanelKey>(panel: K): Promise<void> {
  const { params, zoom } = store.getState();
  if (!params) return;
  const dataSet = store.getState().dataSetsShown;
  const current = () => store.getState().dataSetsShown === dataSet;
  store.setState((s) => ({ pending: { ...s.pending, [panel]: true } }));
  const started = performance.now();
  try {
    const outcome = await connected().run(panel, analysisParams(panel, { params, zoom }));
    if (outcome.status === 'superseded' || !current()) return;
    store.setState((s) => ({
      results: { ...s.results, [panel]: outcome.value },
      errors: { ...s.errors, [panel]: undefined },
      pending: { ...s.pending, [panel]: false },
      timings: {
        ...s.timings,
        [panel]: { answeredMs: performance.now() - started, computeMs: outcome.computeMs },
      },
    }));
  } catch (error) {
    if (!current()) return;
    store.setState((s) => ({
      errors: { ...s.errors, [panel]: errorMessage(error) },
      pending: { ...s.pending, [panel]: false },
    }));
  }
}

/** Changes some of one panel's parameters and recomputes that panel only. */
export function setParams<K extends PanelKey>(panel: K, patch: Partial<PanelParams[K]>): void {
  const params = store.getState().params;
  if (!params) return;
  store.setState({ params: { ...params, [panel]: { ...params[panel], ...patch } } });
  void refresh(panel);
}

/**
 * Panels whose result does not depend on the data set (the where-vs-loop timing of this machine):
 * computed once, then kept when another data set is shown ("Run again" times afresh).
 */
const DATA_FREE: readonly PanelKey[] = ['whereBench'];

/** The data-free panels' entries of a by-panel record (results, timings, parameters). */
function kept<M extends object>(byPanel: M): Partial<M> {
  return Object.fromEntries(
    Object.entries(byPanel).filter(([panel]) => DATA_FREE.includes(panel as PanelKey)),
  ) as Partial<M>;
}

/**
 * Makes a newly loaded catalogue current: every result of the data set before cleared (but the
 * data-free ones), every panel back to its defaults for it, then every panel computed (a panel the
 * data cannot feed answers with what it needs). The 1e6-value timing is asked for too when it has
 * no result yet: the worker runs it in the background (see createApi), between the panels' calls,
 * while the page draws their results.
 */
export async function showCatalogue(catalogue: Catalogue): Promise<void> {
  store.setState((s) => ({
    dataSetsShown: s.dataSetsShown + 1,
    status: 'ready',
    catalogue,
    params: { ...defaultParams(catalogue, ianaZone(s.timeZone)), ...kept(s.params ?? {}) },
    results: kept(s.results),
    errors: {},
    pending: {},
    timings: kept(s.timings),
    zoom: null,
  }));
  const { results } = store.getState();
  const asked = PANELS.filter((p) => !DATA_FREE.includes(p) || results[p] === undefined);
  await Promise.all(asked.map((panel) => refresh(panel)));
}

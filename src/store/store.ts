import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { DemoSize } from '../io/simulateDemo';
import type { AnalysisResult } from '../worker/analyses';
import type { MetricscopeClient } from '../worker/client';
import type { Catalogue } from '../worker/workspace';
import { availablePanels, defaultParams, type PanelKey, type PanelParams } from './panels';

/** Data-set slice: what is loaded and whether it is ready. */
export interface DataSlice {
  status: 'idle' | 'loading' | 'ready' | 'error';
  catalogue: Catalogue | null;
  loadError: string | null;
}

/** Parameters slice: every panel's series picks and slider values. */
export interface ParamsSlice {
  params: PanelParams | null;
}

/** Results slice: the newest result of each panel, its error, whether it is computing, and how long it took. */
export interface ResultsSlice {
  results: { [K in PanelKey]?: AnalysisResult<K> };
  errors: { [K in PanelKey]?: string };
  pending: { [K in PanelKey]?: boolean };
  /** Milliseconds from request to result, per panel (worker time plus transfer). */
  timings: { [K in PanelKey]?: number };
}

/** UI slice: the Simulate control's inputs. */
export interface UiSlice {
  demoSeed: number;
  demoSize: DemoSize;
}

export type MetricscopeState = DataSlice & ParamsSlice & ResultsSlice & UiSlice;

const initialState = (): MetricscopeState => ({
  status: 'idle',
  catalogue: null,
  loadError: null,
  params: null,
  results: {},
  errors: {},
  pending: {},
  timings: {},
  demoSeed: 42,
  demoSize: 'small',
});

/** The one store. Components read it through narrow selectors; actions below change it. */
export const store = createStore<MetricscopeState>()(initialState);

/** React hook: a narrow slice of the store, re-rendering only when that slice changes. */
export function useMetricscope<T>(selector: (state: MetricscopeState) => T): T {
  return useStore(store, selector);
}

let client: MetricscopeClient | null = null;

/** Connects the store to the analysis worker (or, in tests, to a client over a MessageChannel). */
export function attachClient(next: MetricscopeClient | null): void {
  client = next;
}

/** Puts the store back to its first state (tests; a new data source). */
export function resetStore(): void {
  store.setState(initialState(), true);
}

function connected(): MetricscopeClient {
  if (!client) throw new Error('The analysis worker is not attached');
  return client;
}

/** The items that pass `test`, and those that do not. */
function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Recomputes one panel in the worker with its current parameters. Latest wins: a result that a
 * newer call for the same panel superseded is dropped, so a dragged slider never shows stale data.
 */
export async function refresh<K extends PanelKey>(panel: K): Promise<void> {
  const params = store.getState().params;
  if (!params) return;
  store.setState((s) => ({ pending: { ...s.pending, [panel]: true } }));
  const started = performance.now();
  try {
    const outcome = await connected().run(panel, params[panel]);
    if (outcome.status === 'superseded') return;
    store.setState((s) => ({
      results: { ...s.results, [panel]: outcome.value },
      errors: { ...s.errors, [panel]: undefined },
      pending: { ...s.pending, [panel]: false },
      timings: { ...s.timings, [panel]: performance.now() - started },
    }));
  } catch (error) {
    store.setState((s) => ({
      errors: { ...s.errors, [panel]: message(error) },
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

/** Sets the Simulate control's inputs (applied by loadDemo). */
export function setDemoOptions(options: Partial<UiSlice>): void {
  store.setState(options);
}

/**
 * Generates the simulated demo in the worker with the Simulate control's seed and size, resets
 * every panel to its defaults for it, and computes all panels.
 */
export async function loadDemo(): Promise<void> {
  const { demoSeed, demoSize } = store.getState();
  store.setState({ status: 'loading', loadError: null });
  try {
    const catalogue = await connected().api.loadDemo(demoSeed, demoSize);
    store.setState({
      status: 'ready',
      catalogue,
      params: defaultParams(catalogue),
      results: {},
      errors: {},
      pending: {},
      timings: {},
    });
    // The 1e6-value timing runs last so that it never holds up the panels behind it in the worker.
    const [timing, analyses] = partition(availablePanels(catalogue), (p) => p === 'whereBench');
    await Promise.all(analyses.map((panel) => refresh(panel)));
    await Promise.all(timing.map((panel) => refresh(panel)));
  } catch (error) {
    store.setState({ status: 'error', loadError: message(error) });
  }
}

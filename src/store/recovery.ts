import type { PrometheusRequest } from '../io/prometheus/queryRangeUrl';
import {
  superviseWorker,
  WATCHDOG,
  type SupervisedWorker,
  type Watchdog,
} from '../worker/superviseWorker';
import { connectPrometheus, loadDemo, loadFiles } from './loading';
import { attachClient, store, type FileSource } from './state';
import { captureViewState, setViewState, type ViewState } from './viewState';

/** A data set as it can be loaded again: the demo (Simulate's inputs), files, or a Prometheus request. */
type DataSet =
  | { kind: 'demo'; name: string }
  | { kind: 'files'; name: string; files: readonly FileSource[] }
  | { kind: 'prometheus'; name: string; request: PrometheusRequest };

const DEMO: DataSet = { kind: 'demo', name: 'the simulated demo' };

/** The data set shown now (the demo also while it is first generated). */
function shownDataSet(): DataSet {
  const { source, loaded, prometheus } = store.getState();
  if (source.kind === 'file' && prometheus) {
    return { kind: 'prometheus', name: source.name, request: prometheus };
  }
  if (source.kind === 'file' && loaded.length > 0) {
    return { kind: 'files', name: source.name, files: loaded };
  }
  return DEMO;
}

/** Loads `dataSet` as a person would have (see loading.ts). */
function load(dataSet: DataSet): Promise<void> {
  switch (dataSet.kind) {
    case 'demo':
      return loadDemo();
    case 'files':
      return loadFiles(dataSet.files);
    case 'prometheus':
      return connectPrometheus(dataSet.request, dataSet.name);
  }
}

/**
 * Loads `dataSet` again and, the moment it is shown, sets `view` over it (when given), so that its
 * panels are computed once, with the parameters they had. Answers 'shown'; 'failed' when it could
 * not be loaded (loadError says why); 'superseded' when another load was asked for meanwhile.
 */
async function reload(
  dataSet: DataSet,
  view: ViewState | null,
): Promise<'shown' | 'failed' | 'superseded'> {
  const shownBefore = store.getState().dataSetsShown;
  let mine = -1;
  const unsubscribe = store.subscribe((s) => {
    if (s.dataSetsShown === shownBefore || s.loadsAsked !== mine) return;
    unsubscribe();
    if (view) setViewState(view);
  });
  const loading = load(dataSet);
  mine = store.getState().loadsAsked;
  await loading;
  unsubscribe();
  const s = store.getState();
  if (s.loadsAsked !== mine) return 'superseded';
  return s.dataSetsShown !== shownBefore && s.loadError === null ? 'shown' : 'failed';
}

let spawn: () => SupervisedWorker = () => {
  throw new Error('superviseAnalysisWorker has not been called');
};
let watchdog = WATCHDOG;
/** The data set being loaded after the worker stopped; null when none is. */
let reloading: DataSet | null = null;
/** Counts failures: a recovery that a newer failure interrupted leaves the rest to the newer one. */
let failures = 0;
/** When the worker stopped, in the last minute (epoch ms). */
let recentFailures: number[] = [];

/**
 * The most restarts in a minute. A worker that stops as soon as it starts (its script cannot be
 * loaded) would otherwise be restarted forever, whatever data set is loaded.
 */
const RESTARTS_PER_MINUTE = 3;

/** Says `text` in the worker notice (see DataSlice.workerNotice). */
const notice = (text: string) => store.setState({ workerNotice: text });

/** Hides the worker notice. */
export function dismissWorkerNotice(): void {
  store.setState({ workerNotice: null });
}

/** Shows no data set, saying `why` instead of the panels. */
function showNoData(why: string): void {
  // Counted as a load of its own, so that the loads that failed cannot overwrite it as they end.
  store.setState((s) => ({
    loadsAsked: s.loadsAsked + 1,
    status: 'error',
    loadProgress: null,
    loadError: why,
  }));
}

/** Spawns a worker under supervision and attaches its client to the store. */
function attachFresh(): void {
  attachClient(superviseWorker(spawn(), (what) => void recover(what), watchdog));
}

/**
 * Starts the analysis worker with `start` and attaches it to the store under supervision (see
 * superviseWorker). Whenever it stops, a new one is started and the data set shown is loaded again
 * with every parameter, the zoom, theme and time zone as they were (see recover).
 */
export function superviseAnalysisWorker(
  start: () => SupervisedWorker,
  timing: Watchdog = WATCHDOG,
): void {
  spawn = start;
  watchdog = timing;
  reloading = null;
  recentFailures = [];
  attachFresh();
}

/**
 * After the worker stopped (`what`, in plain words): starts a new one, loads the data set shown
 * again with the view captured now, and says what happened in workerNotice. No loop: when loading
 * that data set stops the worker again, or fails, it is not tried again and the demo is shown
 * instead; when that was the demo, no data set is (status 'error'). A worker that stopped more
 * than RESTARTS_PER_MINUTE times in a minute is not started again.
 */
async function recover(what: string): Promise<void> {
  const failure = ++failures;
  const now = Date.now();
  recentFailures = [...recentFailures.filter((t) => now - t < 60_000), now];
  if (recentFailures.length > RESTARTS_PER_MINUTE) {
    reloading = null;
    attachClient(null);
    showNoData('The analysis worker keeps stopping, so it was not restarted.');
    notice(
      `The analysis worker stopped (${what}) for the ${recentFailures.length}th time in a minute, so it was not restarted: reload the page to try again.`,
    );
    return;
  }
  attachFresh();
  const stopped = reloading;
  let said = stopped
    ? `The analysis worker stopped again (${what}) while loading ${stopped.name}, which is not tried again.`
    : `The analysis worker stopped (${what}).`;
  let dataSet: DataSet | null = stopped ? (stopped.kind === 'demo' ? null : DEMO) : shownDataSet();
  let view = stopped ? null : captureViewState();
  while (dataSet) {
    reloading = dataSet;
    notice(`${said} It was restarted; loading ${dataSet.name}…`);
    const outcome = await reload(dataSet, view);
    if (failure !== failures) return;
    if (outcome !== 'failed') {
      reloading = null;
      const done = view ? `${dataSet.name} reloaded, every setting kept` : `${dataSet.name} shown`;
      notice(`${said} It was restarted${outcome === 'shown' ? ` and ${done}` : ''}.`);
      return;
    }
    said = `${said} Loading ${dataSet.name} again failed: ${store.getState().loadError}`;
    dataSet = dataSet.kind === 'demo' ? null : DEMO;
    view = null;
  }
  reloading = null;
  showNoData('No data set could be loaded after the analysis worker stopped.');
  notice(`${said} It was restarted with no data set: open a file or simulate the demo.`);
}

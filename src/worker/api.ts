import { forgetLastResults } from '../analysis/lastResult';
import { byteSize } from '../io/csv/utf8Length';
import { errorMessage } from '../io/errorMessage';
import { isOutOfMemory } from '../io/isOutOfMemory';
import { transfer } from 'comlink';
import { transferables } from '../analysis/transferables';
import { nextTask } from '../io/nextTask';
import { fetchPrometheus, type PrometheusResolution } from '../io/prometheus/fetchPrometheus';
import type { PrometheusRequest } from '../io/prometheus/queryRangeUrl';
import {
  readMetrics,
  type ReadOptions,
  type ReadOutcome,
  type ReadProgress,
} from '../io/readMetrics';
import type { ReadReport } from '../io/readReport';
import { simulateDemo, type DemoSize } from '../io/simulateDemo';
import { analyses, type AnalysisName, type AnalysisParams, type AnalysisResult } from './analyses';
import { inspectMetrics, type InspectOutcome } from '../io/inspectMetrics';
import { demoDatasets, type NamedDataset } from '../io/demoDatasets';
import {
  buildWorkspace,
  catalogue,
  residentBuffers,
  type Catalogue,
  type Workspace,
} from './workspace';

/**
 * A call's answer: its result and how long the worker took to compute it (ms from the analysis's
 * start to its result; for a background analysis, the waits between its steps included), or word
 * that a newer call with the same key replaced it.
 */
export type Outcome<T> =
  { status: 'fresh'; value: T; computeMs: number } | { status: 'superseded' };

/**
 * The buffers a result may give away: all of its typed arrays' buffers except those the workspace
 * holds (a view of resident data, transferred, would detach the resident copy).
 */
export function transferList(
  result: unknown,
  resident: ReadonlySet<ArrayBufferLike>,
): ArrayBuffer[] {
  return transferables(result).filter((buffer) => !resident.has(buffer));
}

/** How a file is read: the reader's options less the ones the worker supplies itself. */
export type FileReadOptions = Omit<ReadOptions, 'onProgress' | 'signal'>;

/** A file (or pasted text) to read, under the name it was opened by, with the reader's options. */
export interface FileToRead {
  input: Blob | string;
  name: string;
  options?: FileReadOptions;
}

/**
 * A load's answer: the new catalogue, the reader's report of each source read, each source that
 * could not be read (with why), and what merging several sources did; or why nothing was loaded.
 */
export type LoadOutcome =
  | {
      ok: true;
      catalogue: Catalogue;
      /**
       * Each source read, with how long the worker took to read it: from its read's start (the
       * fetch's, for Prometheus) to its typed columns, in ms.
       */
      reports: { name: string; report: ReadReport; readMs: number }[];
      failures: { name: string; reason: string }[];
      notes: string[];
    }
  | { ok: false; reason: string };

/**
 * The longest Prometheus response kept after its series are read, for a saved dashboard: some 5e6
 * samples at ~25 characters each, past what one holds; a longer one is not kept in memory.
 */
const KEPT_PROMETHEUS_CHARS = 128 * 1024 * 1024;

/** A Prometheus load's answer: a load's, with the resolution fetched when it succeeded. */
export type PrometheusOutcome = LoadOutcome & { resolution?: PrometheusResolution };

/** One source of a load: its name and how to read it, reporting progress within it. */
interface SourceRead {
  name: string;
  totalBytes: number;
  read(signal: AbortSignal, onProgress: (progress: ReadProgress) => void): Promise<ReadOutcome>;
}

/** Why the data read did not fit in memory, as one sentence. */
const outOfMemory = (error: unknown) =>
  `The data is too large for the memory this tab has left (${errorMessage(error)}).`;

/** Why reading a source threw, as one sentence: memory running out says so. */
const readFailure = (error: unknown) =>
  isOutOfMemory(error) ? outOfMemory(error) : `The file could not be read: ${errorMessage(error)}`;

/** Why none of several sources could be read, one sentence per source. */
function noneRead(failures: readonly { name: string; reason: string }[]): string {
  if (failures.length === 1) return failures[0].reason;
  const each = failures.map(({ name, reason }) => `${name}: ${reason}`).join(' ');
  return `None of the ${failures.length} files could be read. ${each}`;
}

/** Whether `value` is a generator object (what a function* returns). */
const isGenerator = (value: unknown): value is Generator =>
  Object.prototype.toString.call(value) === '[object Generator]';

/**
 * The object the worker exposes through Comlink. Data sets are loaded once and stay resident;
 * `run` sends only parameters and answers with typed arrays transferred, not copied. Calls carry a
 * key and a sequence number: a call whose key has seen a newer call by the time it starts is
 * skipped (answered 'superseded'), so a dragged slider computes only the latest position. Calls
 * start in the order they arrive. A background analysis (one that returns a Generator: the
 * 1e6-value timing) runs step by step, each step only once no other call waits to start, so the
 * panels asked for meanwhile are computed between two of its steps rather than after it.
 */
export function createApi() {
  let workspace: Workspace | undefined;
  let resident = new Set<ArrayBufferLike>();
  const newestCall = new Map<string, number>();
  // Analysis calls received and not yet started.
  let waiting = 0;

  /** Resolves in a new task once no analysis call waits to start. */
  const idle = async () => {
    do await nextTask();
    while (waiting > 0);
  };

  /**
   * Drives a background analysis's steps to its result, each step in a task of its own once the
   * worker is idle (see idle); undefined when a newer call with the same key came meanwhile.
   */
  const inBackground = async <T>(steps: Generator<unknown, T>, stale: () => boolean) => {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await idle();
      if (stale()) return undefined;
    }
  };
  let reading: AbortController | null = null;
  // Counts loads begun: a load that finishes after a newer one began is dropped (newest wins).
  let loads = 0;
  // The fetched response the resident series were read from, when they came from Prometheus.
  let prometheusText: string | null = null;

  const load = (next: Workspace): Catalogue => {
    // The analyses' last results were of the old data: none may keep its arrays alive.
    forgetLastResults();
    workspace = next;
    resident = residentBuffers(next);
    prometheusText = null;
    return catalogue(next);
  };

  /**
   * Runs the reads one after another (cancelling a load still running), with progress over all of
   * them, and makes what they read resident as one workspace (see filesWorkspace). Sources that
   * cannot be read are left out and listed; when none can, the previous data stays resident.
   */
  const loadReads = async (
    label: string,
    sources: readonly SourceRead[],
    onProgress?: (progress: ReadProgress) => void,
  ): Promise<LoadOutcome> => {
    reading?.abort();
    const controller = new AbortController();
    reading = controller;
    const mine = ++loads;
    const totalBytes = sources.reduce((total, source) => total + source.totalBytes, 0);
    const read: NamedDataset[] = [];
    const reports: { name: string; report: ReadReport; readMs: number }[] = [];
    const failures: { name: string; reason: string }[] = [];
    let bytesBefore = 0;
    let rowsBefore = 0;
    try {
      for (const source of sources) {
        let rows = 0;
        const started = performance.now();
        const outcome = await source
          .read(controller.signal, (progress) => {
            rows = progress.rowsParsed;
            onProgress?.({
              bytesRead: bytesBefore + progress.bytesRead,
              totalBytes: Math.max(totalBytes, bytesBefore + progress.totalBytes),
              rowsParsed: rowsBefore + rows,
              ...(progress.parts && { parts: progress.parts }),
            });
          })
          // The browser can fail to read a file at all (moved or deleted since it was picked).
          .catch((error: unknown) => ({ ok: false as const, reason: readFailure(error) }));
        if (controller.signal.aborted || mine !== loads) return { ok: false, reason: 'cancelled' };
        bytesBefore += source.totalBytes;
        rowsBefore += rows;
        if (!outcome.ok) {
          failures.push({ name: source.name, reason: outcome.reason });
          continue;
        }
        const readMs = performance.now() - started;
        read.push({ name: source.name, dataset: outcome.dataset });
        reports.push({ name: source.name, report: outcome.report, readMs });
      }
    } finally {
      if (reading === controller) reading = null;
    }
    if (read.length === 0) return { ok: false, reason: noneRead(failures) };
    let merged: ReturnType<typeof buildWorkspace>;
    try {
      merged = buildWorkspace(read, label);
    } catch (error) {
      if (!isOutOfMemory(error)) throw error;
      return { ok: false, reason: outOfMemory(error) };
    }
    return { ok: true, catalogue: load(merged.workspace), reports, failures, notes: merged.notes };
  };

  return {
    /**
     * Generates the simulated demo inside the worker and makes it the resident data, cancelling a
     * file or Prometheus load still running (newest wins).
     */
    loadDemo(seed: number, size: DemoSize): Catalogue {
      reading?.abort();
      loads++;
      const label = `Simulated demo (${size}, seed ${seed})`;
      return load(buildWorkspace(demoDatasets(simulateDemo(seed, size)), label).workspace);
    },

    /**
     * Reads how `input` would be read with `options`, from its first rows only (see
     * inspectMetrics): what the column-mapping step shows.
     */
    inspectFile(input: Blob | string, options: FileReadOptions = {}): Promise<InspectOutcome> {
      return inspectMetrics(input, options);
    },

    /**
     * Reads dropped files (or pasted text) as streams inside the worker, one after another, and
     * makes those that can be read the resident data, their series side by side under `label`
     * (see filesWorkspace). The previous data stays resident when none can be read or the load is
     * cancelled (reason 'cancelled'). A new load cancels one still running.
     */
    async loadFiles(
      files: readonly FileToRead[],
      label: string,
      onProgress?: (progress: ReadProgress) => void,
    ): Promise<LoadOutcome> {
      const sources = files.map(({ input, name, options }) => ({
        name,
        totalBytes: byteSize(input),
        read: (signal: AbortSignal, progress: (p: ReadProgress) => void) =>
          readMetrics(input, { ...options, onProgress: progress, signal }),
      }));
      return loadReads(label, sources, onProgress);
    },

    /**
     * Asks a Prometheus-compatible server for each query over one range (see fetchPrometheus:
     * the step chosen within the request's point budget, the range fetched in chunks) and reads
     * the series of all of them as one Prometheus JSON response, as loadFiles would read a saved
     * one, making them the resident data, and answers the resolution fetched with the outcome.
     * Progress counts query_range calls answered (`parts`), samples and bytes received. Like
     * loadFiles, the previous data stays resident on failure (Prometheus's own error text) or
     * cancellation (cancelLoad, which also aborts the call under way).
     */
    async loadPrometheus(
      request: PrometheusRequest,
      name: string,
      onProgress?: (progress: ReadProgress) => void,
    ): Promise<PrometheusOutcome> {
      let resolution: PrometheusResolution | undefined;
      // Set inside read, which TypeScript's narrowing does not follow.
      let text = null as string | null;
      const source: SourceRead = {
        name,
        totalBytes: 0,
        read: async (signal, progress) => {
          const fetched = await fetchPrometheus(request, fetch, signal, (p) =>
            progress({
              bytesRead: p.bytes,
              totalBytes: 0,
              rowsParsed: p.points,
              parts: { done: p.callsDone, total: p.calls },
            }),
          );
          if (!fetched.ok) return fetched;
          resolution = fetched.resolution;
          text = fetched.text;
          return readMetrics(fetched.text, { format: 'prometheus-json', signal });
        },
      };
      const outcome = await loadReads(name, [source], onProgress);
      if (outcome.ok && text !== null && text.length <= KEPT_PROMETHEUS_CHARS) {
        prometheusText = text;
      }
      return outcome.ok && resolution ? { ...outcome, resolution } : outcome;
    },

    /**
     * The Prometheus response the resident series were read from (every query's series as one
     * query_range response), which a saved dashboard embeds to show them offline; null when the
     * resident data came from elsewhere, or the response was longer than KEPT_PROMETHEUS_CHARS.
     */
    prometheusText(): string | null {
      return prometheusText;
    },

    /** Answers at once: the sign a supervisor asks for that the worker still takes calls. */
    ping(): true {
      return true;
    },

    /** Stops the load in progress, if any; its loadFiles or loadPrometheus answers 'cancelled'. */
    cancelLoad(): void {
      reading?.abort();
    },

    /** Runs analysis `name` on the resident data unless a newer call with the same key arrived. */
    async run<K extends AnalysisName>(
      name: K,
      params: AnalysisParams<K>,
      key: string,
      sequence: number,
    ): Promise<Outcome<AnalysisResult<K>>> {
      newestCall.set(key, Math.max(newestCall.get(key) ?? 0, sequence));
      const stale = () => sequence < (newestCall.get(key) ?? 0);
      waiting++;
      await nextTask();
      waiting--;
      if (stale()) return { status: 'superseded' };
      if (!workspace) throw new Error('No data is loaded: call loadDemo first');
      const analysis = analyses[name] as (w: Workspace, p: AnalysisParams<K>) => unknown;
      const started = performance.now();
      const computed = analysis(workspace, params);
      const value = (isGenerator(computed) ? await inBackground(computed, stale) : computed) as
        AnalysisResult<K> | undefined;
      if (value === undefined) return { status: 'superseded' };
      const computeMs = performance.now() - started;
      return transfer({ status: 'fresh', value, computeMs }, transferList(value, resident));
    },
  };
}

export type MetricscopeApi = ReturnType<typeof createApi>;

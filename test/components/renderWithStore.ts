import { cleanup, render, screen, within, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, beforeEach } from 'vitest';
import { isNeeds, type Needs } from '../../src/analysis/views/needs';
import type { DemoSize } from '../../src/io/simulateDemo';
import type { PanelKey } from '../../src/store/panels';
import { loadDemo } from '../../src/store/loading';
import { setDemoOptions } from '../../src/store/settings';
import { attachClient, resetStore, store } from '../../src/store/state';
import type { AnalysisResult } from '../../src/worker/analyses';
import { createApi, type MetricscopeApi } from '../../src/worker/api';
import { harness, type Harness } from '../helpers/workerHarness';
import { charts, chartExports } from './fakeEcharts';

/**
 * The benchmark size panel tests run with: timing 1e6 values takes seconds in Node, and every
 * loadDemo computes every panel. Tests of the benchmark panel itself ask for the real size.
 */
export const TEST_BENCH_SIZE = 10_000;

/** The real worker API, with the vectorised-vs-loop benchmark run on `benchSize` values. */
export function withBenchSize(api: MetricscopeApi, benchSize: number): MetricscopeApi {
  const run: MetricscopeApi['run'] = (name, params, key, sequence) =>
    api.run(name, name === 'whereBench' ? { ...params, n: benchSize } : params, key, sequence);
  return { ...api, run };
}

// jsdom has neither matchMedia nor ResizeObserver, nor a modal <dialog>; these stand-ins let tests
// drive them.

let prefersDark = false;
const schemeListeners = new Set<() => void>();

/** Switches the simulated prefers-color-scheme and notifies listeners, as a browser does. */
export function setPrefersDark(dark: boolean): void {
  prefersDark = dark;
  schemeListeners.forEach((listener) => listener());
}

function matchMedia(query: string): MediaQueryList {
  return {
    media: query,
    get matches() {
      return query === '(prefers-color-scheme: dark)' && prefersDark;
    },
    addEventListener: (_: string, listener: () => void) => schemeListeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => schemeListeners.delete(listener),
  } as unknown as MediaQueryList;
}

const observers = new Set<FakeResizeObserver>();

class FakeResizeObserver {
  readonly targets = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.targets.add(target);
    observers.add(this);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    observers.delete(this);
  }
  notify(target: Element, width: number, height: number) {
    const entry = { target, contentRect: { width, height } } as ResizeObserverEntry;
    this.callback([entry], this as unknown as ResizeObserver);
  }
}

/** Reports a new size of `target` to the resize observers watching it. */
export function resize(target: Element, width: number, height: number): void {
  for (const observer of observers) {
    if (observer.targets.has(target)) observer.notify(target, width, height);
  }
}

let open: Harness | undefined;

/** Options of connectStore and renderWithStore. */
export interface StoreOptions {
  seed?: number;
  size?: DemoSize;
  /** Time the benchmark on its real size instead of TEST_BENCH_SIZE. */
  fullBench?: boolean;
}

/** Attaches the store to a real worker API over a MessageChannel, with the demo's seed and size. */
export function connectStore({
  seed = 42,
  size = 'small',
  fullBench = false,
}: StoreOptions = {}): void {
  open = harness(fullBench ? createApi() : withBenchSize(createApi(), TEST_BENCH_SIZE));
  attachClient(open.client);
  setDemoOptions({ demoSeed: seed, demoSize: size });
}

/**
 * Renders `ui` over a store that has loaded the demo (every panel computed) through the real worker
 * API, and a user-event session to drive it.
 */
export async function renderWithStore(
  ui: ReactElement,
  options?: StoreOptions,
): Promise<RenderResult & { user: UserEvent }> {
  connectStore(options);
  await loadDemo();
  return { ...render(ui), user: userEvent.setup() };
}

/** A <dialog>'s showModal and close as far as tests see them: the open attribute and 'close'. */
function dialogStandIns(): void {
  const proto = window.HTMLDialogElement?.prototype;
  if (!proto || typeof proto.showModal === 'function') return;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

beforeEach(() => {
  window.matchMedia = matchMedia;
  globalThis.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver;
  dialogStandIns();
});

afterEach(() => {
  cleanup();
  resetStore();
  attachClient(null);
  open?.close();
  open = undefined;
  charts.length = 0;
  chartExports.length = 0;
  prefersDark = false;
  schemeListeners.clear();
  observers.clear();
});

/** The value (<dd>) of the stat card labelled `label` (<dt>) inside `container`. */
export function statCard(container: HTMLElement, label: string): string {
  const term = within(container).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

/** The panel region named `name`. */
export function region(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

/**
 * The newest result of `panel`'s analysis, with its numbers: throws when there is none yet or
 * when the analysis said what it needs instead, so a test never reads figures from a Needs.
 */
export function resultOf<K extends PanelKey>(panel: K): Exclude<AnalysisResult<K>, Needs> {
  const result = store.getState().results[panel];
  if (result === undefined) throw new Error(`${panel} has no result yet`);
  if (isNeeds(result)) throw new Error(`${panel} ${result.needs}`);
  return result as Exclude<AnalysisResult<K>, Needs>;
}

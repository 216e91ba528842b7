import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { PrometheusRequest } from '../io/prometheus/queryRangeUrl';
import { connectPrometheus, loadDemo } from './loading';
import { PANEL_TITLES } from './panels';
import { setDemoOptions, setTheme, setTimeZone } from './settings';
import { looksLikeLink } from './shareLinkCodec';
import { fingerprint, sameFiles } from './shareLinkFingerprint';
import { fitLinkView } from './shareLinkFit';
import {
  encodeViewLink,
  LINK_VERSION,
  parseViewLink,
  type FileFingerprint,
  type LinkSource,
  type LinkView,
  type ShareLink,
} from './shareLinkSchema';
import { store, type FileSource } from './state';
import { applyViewState, captureViewState } from './viewState';

/** A line about the link opened: why it could not be, what it waits for, what differs. */
export interface LinkNotice {
  id: number;
  /** 'error': the link could not be read; 'warning': it was applied in part or to other data. */
  tone: 'error' | 'warning' | 'info';
  text: string;
  /** Show the Open file control with it (a file link waiting for its file). */
  openFile: boolean;
}

/** What opening a link has left to do or to say. */
export interface LinkState {
  notices: LinkNotice[];
  /** A Prometheus link's request and view, shown for confirmation before anything is fetched. */
  confirm: { request: PrometheusRequest; view: LinkView } | null;
  /** A file link's files and view, applied when a person opens a file. */
  awaitingFile: { files: FileFingerprint[]; view: LinkView } | null;
}

const initialLinkState = (): LinkState => ({ notices: [], confirm: null, awaitingFile: null });

/**
 * The link's own small store, beside the app's: what it holds lives only while a link is being
 * opened, and keeping it apart leaves the app store's slices (which several features extend)
 * untouched.
 */
export const linkStore = createStore<LinkState>()(initialLinkState);

/** React hook: a narrow slice of the link store. */
export function useLinkState<T>(selector: (state: LinkState) => T): T {
  return useStore(linkStore, selector);
}

let lastNotice = 0;
let stopWaiting: (() => void) | null = null;

function notify(tone: LinkNotice['tone'], text: string, openFile = false): number {
  const id = ++lastNotice;
  linkStore.setState((s) => ({ notices: [...s.notices, { id, tone, text, openFile }] }));
  return id;
}

/** Hides one notice. */
export function dismissLinkNotice(id: number): void {
  linkStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

/** Stops waiting for a file link's file. */
function endWaiting(): void {
  stopWaiting?.();
  stopWaiting = null;
  linkStore.setState((s) => ({
    awaitingFile: null,
    notices: s.notices.filter((n) => !n.openFile),
  }));
}

/** Forgets every notice and anything a link waits for (tests; a new link). */
export function resetLinkState(): void {
  stopWaiting?.();
  stopWaiting = null;
  linkStore.setState(initialLinkState(), true);
}

/** "Anomalies", "Anomalies and SLA & Apdex", "Overview, Anomalies and SLA & Apdex". */
function titles(names: readonly string[]): string {
  return names.length < 2
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Applies a link's view over the data set shown (fitLinkView), saying which panels keep their
 * defaults because the link names series the data does not have.
 */
async function applyLinkView(view: LinkView): Promise<void> {
  const { catalogue, params } = store.getState();
  if (!catalogue || !params) return;
  const fitted = fitLinkView(view, catalogue, params);
  if (fitted.kept.length > 0) {
    const one = fitted.kept.length === 1;
    notify(
      'warning',
      `This link's choices for ${titles(fitted.kept.map((p) => PANEL_TITLES[p]))} name series ` +
        `the data shown does not have: ${one ? 'that panel keeps its' : 'those panels keep their'} defaults.`,
    );
  }
  await applyViewState(fitted.view);
}

/** Runs `load` and says whether it ended with its data set shown (no newer load, no error). */
async function loaded(load: () => Promise<void>): Promise<boolean> {
  const asked = store.getState().loadsAsked + 1;
  await load();
  const s = store.getState();
  return s.loadsAsked === asked && s.status === 'ready' && s.loadError === null;
}

/** The name a Prometheus source is shown under, as Connect to Prometheus names it. */
const prometheusName = (request: PrometheusRequest) =>
  `Prometheus ${request.baseUrl.replace(/\/+$/, '')}`;

/** Waits for the next data set read from files, then checks it against `files` and applies `view`. */
function awaitFile(files: FileFingerprint[], view: LinkView): void {
  const names = files.map((f) => f.name).join(', ');
  linkStore.setState({ awaitingFile: { files, view } });
  notify('info', `This link shows ${names}: open the same file to see the view.`, true);
  stopWaiting = store.subscribe((s, before) => {
    if (s.dataSetsShown === before.dataSetsShown) return;
    if (s.source.kind !== 'file' || s.prometheus !== null || s.loaded.length === 0) return;
    endWaiting();
    void fileOpened(files, view, s.dataSetsShown, s.loaded);
  });
}

async function fileOpened(
  files: readonly FileFingerprint[],
  view: LinkView,
  dataSet: number,
  opened: readonly FileSource[],
): Promise<void> {
  const prints = await Promise.all(opened.map((f) => fingerprint(f.input, f.name)));
  if (store.getState().dataSetsShown !== dataSet) return;
  if (!sameFiles(files, prints)) {
    notify(
      'warning',
      'This file differs from the one the link was made with: the view is applied all the same.',
    );
  }
  await applyLinkView(view);
}

/**
 * Opens the page on link text `hash` (location.hash): a demo link loads its demo and applies its
 * view; a Prometheus link loads the demo and asks before fetching (confirmLinkFetch); a file link
 * loads the demo and waits for the same file to be opened. Theme and time zone apply at once. A
 * link that cannot be read says why in a notice, over the normal demo; a hash that is no link
 * (none, or an anchor) just loads the demo. Never throws.
 */
export async function openFromLink(hash: string): Promise<void> {
  endWaiting();
  linkStore.setState({ notices: [], confirm: null });
  if (!looksLikeLink(hash)) return loadDemo();
  const parsed = await parseViewLink(hash);
  if (!parsed.ok) {
    notify('error', `This link could not be read: ${parsed.reason}`);
    return loadDemo();
  }
  const { source, view } = parsed.value;
  setTheme(view.theme);
  setTimeZone(view.timeZone);
  switch (source.kind) {
    case 'demo':
      setDemoOptions({ demoSeed: source.seed, demoSize: source.size });
      if (await loaded(loadDemo)) await applyLinkView(view);
      return;
    case 'prometheus':
      linkStore.setState({ confirm: { request: source.request, view } });
      return loadDemo();
    case 'file':
      awaitFile(source.files, view);
      return loadDemo();
  }
}

/** Fetches the Prometheus link's request, as Connect to Prometheus would, then applies its view. */
export async function confirmLinkFetch(): Promise<void> {
  const pending = linkStore.getState().confirm;
  if (!pending) return;
  linkStore.setState({ confirm: null });
  const { request, view } = pending;
  if (await loaded(() => connectPrometheus(request, prometheusName(request)))) {
    await applyLinkView(view);
  }
}

/** Leaves a Prometheus link's request unfetched: the demo stays. */
export function cancelLinkFetch(): void {
  linkStore.setState({ confirm: null });
}

/**
 * Opens the link in the page's hash now, and any link pasted into the address bar later (only the
 * hash changes then, so the page does not reload). An in-page anchor is no link and is left alone.
 */
export function startFromLink(target: Window): Promise<void> {
  target.addEventListener('hashchange', () => {
    if (looksLikeLink(target.location.hash)) void openFromLink(target.location.hash);
  });
  return openFromLink(target.location.hash);
}

/** Where the data shown came from, as a link says it: a file's data only by its fingerprint. */
async function currentSource(): Promise<LinkSource> {
  const s = store.getState();
  if (s.prometheus) return { kind: 'prometheus', request: s.prometheus };
  if (s.source.kind === 'file' && s.loaded.length > 0) {
    const files = await Promise.all(s.loaded.map((f) => fingerprint(f.input, f.name)));
    return { kind: 'file', files };
  }
  return { kind: 'demo', seed: s.demoSeed, size: s.demoSize };
}

/** The link of the view shown now. */
export async function currentShareLink(): Promise<ShareLink> {
  return { v: LINK_VERSION, source: await currentSource(), view: captureViewState() };
}

/**
 * The URL of the view shown now: this page's address (any sub-path, file:// too) with the link as
 * its hash. Throws a RangeError when the view cannot be put in a link (see encodeViewLink).
 */
export async function shareLinkUrl(location: Pick<Location, 'href'>): Promise<string> {
  const text = await encodeViewLink(await currentShareLink());
  return `${location.href.split('#')[0]}#${text}`;
}

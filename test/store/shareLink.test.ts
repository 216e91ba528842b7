import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDemo, loadFile } from '../../src/store/loading';
import { defaultParams } from '../../src/store/panels';
import { setDemoOptions, setZoom } from '../../src/store/settings';
import { setParams } from '../../src/store/refresh';
import {
  cancelLinkFetch,
  confirmLinkFetch,
  currentShareLink,
  linkStore,
  openFromLink,
  resetLinkState,
  shareLinkUrl,
} from '../../src/store/shareLink';
import { encodeLinkText } from '../../src/store/shareLinkCodec';
import { fingerprint } from '../../src/store/shareLinkFingerprint';
import {
  encodeViewLink,
  parseViewLink,
  type LinkView,
  type ShareLink,
} from '../../src/store/shareLinkSchema';
import { attachClient, resetStore, store } from '../../src/store/state';
import { createApi, type MetricscopeApi } from '../../src/worker/api';
import { csvFile, wideCsv } from '../components/files';
import fixture from '../fixtures/shareLink/v1.json';
import { harness, type Harness } from '../helpers/workerHarness';

// Every load computes all eleven panels in the worker: on a shared 2-core machine that can take
// longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const STATE = fixture.state as ShareLink;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The worker API with the 1e6-value benchmark timed on 10,000 values (seconds in Node). */
function quickApi(): MetricscopeApi {
  const api = createApi();
  return {
    ...api,
    run: (name, params, key, sequence) =>
      api.run(name, name === 'whereBench' ? { ...params, n: 10_000 } : params, key, sequence),
  };
}

let open: Harness;

beforeEach(() => {
  resetStore();
  resetLinkState();
  open = harness(quickApi());
  attachClient(open.client);
});

afterEach(() => {
  attachClient(null);
  open.close();
  vi.unstubAllGlobals();
});

const notices = () => linkStore.getState().notices.map(({ tone, text }) => ({ tone, text }));

/** The fixture's link with its view changed by `change`, as link text. */
async function linkWith(change: (link: ShareLink) => void): Promise<string> {
  const link = clone(STATE);
  change(link);
  return encodeViewLink(link);
}

describe('openFromLink', () => {
  it.each(['', '#', '#section-2'])(
    'opens the plain demo on hash %j, saying nothing',
    async (hash) => {
      await openFromLink(hash);
      expect(store.getState()).toMatchObject({ status: 'ready', demoSeed: 42, demoSize: 'small' });
      expect(notices()).toEqual([]);
    },
  );

  it('opens a demo link: its seed and size, every panel as the link has it, theme and zoom', async () => {
    await openFromLink(`#${fixture.link}`);
    const s = store.getState();
    expect(s).toMatchObject({
      status: 'ready',
      demoSeed: 7,
      demoSize: 'small',
      theme: 'dark',
      timeZone: 'utc',
      zoom: STATE.view.zoom,
    });
    expect(s.catalogue?.label).toBe('Simulated demo (small, seed 7)');
    expect(s.params?.anomalies).toEqual({ ...STATE.view.params.anomalies, timeZone: 'UTC' });
    expect(s.params?.capacity).toEqual(STATE.view.params.capacity);
    expect(s.params?.sla).toEqual(STATE.view.params.sla);
    // Computed with them, not just stored.
    expect(s.results.anomalies).toMatchObject({ detector: 'robust', threshold: 2.7 });
    expect(s.results.sla).toMatchObject({ target: 300 });
    expect(notices()).toEqual([]);
  });

  it('copies back the link it opened (the view survives the round trip)', async () => {
    await openFromLink(`#${fixture.link}`);
    const again = await parseViewLink(await encodeViewLink(await currentShareLink()));
    expect(again).toEqual({ ok: true, value: STATE });
  });

  it.each([
    ['#v1=garbage!', 'This link could not be read: it is not a Metricscope link.'],
    ['#v1=AAAA', 'This link could not be read: it is damaged (its data does not unpack).'],
  ])('opens the normal demo under a notice for a crafted link %s', async (hash, text) => {
    await openFromLink(hash);
    expect(store.getState()).toMatchObject({ status: 'ready', demoSeed: 42, theme: 'system' });
    expect(notices()).toEqual([{ tone: 'error', text }]);
  });

  it('keeps the defaults of a panel whose link series the data lacks, and says which', async () => {
    const text = await linkWith((link) => {
      link.view.params.sla!.series = 'no such series';
      link.view.params.trends!.series = ['cpu %', 'gone'];
    });
    await openFromLink(text);
    const s = store.getState();
    const defaults = defaultParams(s.catalogue!, 'UTC');
    expect(s.params?.sla).toEqual(defaults.sla);
    expect(s.params?.trends).toEqual(defaults.trends);
    expect(s.params?.capacity).toEqual(STATE.view.params.capacity);
    expect(notices()).toEqual([
      {
        tone: 'warning',
        text: "This link's choices for SLA & Apdex and Trends & correlation name series the data shown does not have: those panels keep their defaults.",
      },
    ]);
  });

  it('fits a link window to a shorter series than it was made on', async () => {
    // 'cpu % (seed hour)' has 60 samples: a 150-point percentile window becomes 60.
    await openFromLink(
      await linkWith((link) => {
        link.view.params.percentileBands = { series: 'cpu % (seed hour)', window: 150 };
      }),
    );
    expect(store.getState().params?.percentileBands).toEqual({
      series: 'cpu % (seed hour)',
      window: 60,
    });
  });
});

/** A query_range answer: `name` for instances a and b, two points 60 s apart from `startSec`. */
const matrix = (name: string, startSec: number) => ({
  status: 'success',
  data: {
    resultType: 'matrix',
    result: ['a', 'b'].map((instance, i) => ({
      metric: { __name__: name, instance },
      values: [
        [startSec, String(10 + i)],
        [startSec + 60, String(20 + i)],
      ],
    })),
  },
});

describe('a Prometheus link', () => {
  const request = {
    baseUrl: 'http://127.0.0.1:9090',
    queries: ['cpu'],
    startSec: 1_700_000_000,
    endSec: 1_700_000_060,
    stepSec: 60,
  };
  const prometheusLink = () =>
    linkWith((link) => {
      link.source = { kind: 'prometheus', request };
      link.view.params = { farm: { cpuHigh: 60 } };
      link.view.theme = 'light';
    });
  const stubFetch = () => {
    const fetchFn = vi.fn((url: string | URL | Request) => {
      const query = new URL(String(url)).searchParams.get('query')!;
      return Promise.resolve(new Response(JSON.stringify(matrix(query, request.startSec))));
    });
    vi.stubGlobal('fetch', fetchFn);
    return fetchFn;
  };

  it('fetches nothing until confirmed, then fetches the request and applies the view', async () => {
    const fetchFn = stubFetch();
    await openFromLink(await prometheusLink());
    expect(fetchFn).not.toHaveBeenCalled();
    expect(linkStore.getState().confirm).toEqual({ request, view: expect.anything() });
    expect(store.getState()).toMatchObject({ status: 'ready', source: { kind: 'demo' } });
    expect(store.getState().theme).toBe('light');

    await confirmLinkFetch();
    // One query_range call, after the series count that sizes its step.
    const ranges = fetchFn.mock.calls.filter(([url]) =>
      new URL(String(url)).pathname.endsWith('/query_range'),
    );
    expect(ranges).toHaveLength(1);
    expect(linkStore.getState().confirm).toBeNull();
    const s = store.getState();
    expect(s.source).toEqual({ kind: 'file', name: 'Prometheus http://127.0.0.1:9090' });
    expect(s.prometheus).toEqual(request);
    expect(s.params?.farm.cpuHigh).toBe(60);
    // And a link copied now is a Prometheus link again.
    expect((await currentShareLink()).source).toEqual({ kind: 'prometheus', request });
  });

  it('Cancel fetches nothing and keeps the demo', async () => {
    const fetchFn = stubFetch();
    await openFromLink(await prometheusLink());
    cancelLinkFetch();
    await confirmLinkFetch();
    expect(fetchFn).not.toHaveBeenCalled();
    expect(store.getState().source.kind).toBe('demo');
  });

  it('applies nothing when the server refuses, and leaves the error to the page', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await openFromLink(await prometheusLink());
    const before = store.getState().params;
    await confirmLinkFetch();
    expect(store.getState().loadError).toMatch(/^Could not reach http:\/\/127\.0\.0\.1:9090/);
    expect(store.getState().params).toBe(before);
  });
});

describe('a file link', () => {
  const text = wideCsv(300);
  const view = (): LinkView => ({
    ...clone(STATE.view),
    params: { anomalies: { series: 'cpu', detector: 'zscore', window: 25, threshold: 2.2 } },
  });
  const fileLink = async (content: string) =>
    encodeViewLink({
      v: 1,
      source: { kind: 'file', files: [await fingerprint(content, 'metrics.csv')] },
      view: view(),
    });

  it('asks for the file, then applies the view to the same file without a warning', async () => {
    await openFromLink(await fileLink(text));
    expect(store.getState().source.kind).toBe('demo');
    expect(notices()).toEqual([
      { tone: 'info', text: 'This link shows metrics.csv: open the same file to see the view.' },
    ]);
    expect(linkStore.getState().notices[0].openFile).toBe(true);

    await loadFile(csvFile(text, 'metrics.csv'), 'metrics.csv');
    await vi.waitFor(() => expect(store.getState().params?.anomalies.threshold).toBe(2.2));
    expect(store.getState().params?.anomalies).toMatchObject({ series: 'cpu', window: 25 });
    expect(notices()).toEqual([]);
    expect(linkStore.getState().awaitingFile).toBeNull();
  });

  it('warns when the file opened differs, and applies the view all the same', async () => {
    await openFromLink(await fileLink(text));
    const other = wideCsv(301);
    await loadFile(csvFile(other, 'metrics.csv'), 'metrics.csv');
    await vi.waitFor(() => expect(store.getState().params?.anomalies.threshold).toBe(2.2));
    expect(notices()).toEqual([
      {
        tone: 'warning',
        text: 'This file differs from the one the link was made with: the view is applied all the same.',
      },
    ]);
  });

  it('waits through a demo regenerated meanwhile', async () => {
    await openFromLink(await fileLink(text));
    setDemoOptions({ demoSeed: 3 });
    await loadDemo();
    expect(linkStore.getState().awaitingFile).not.toBeNull();
    expect(store.getState().params?.anomalies.threshold).toBe(3.5);
  });

  it('copies a link to loaded files by their fingerprints', async () => {
    await loadFile(csvFile(text, 'metrics.csv'), 'metrics.csv');
    expect((await currentShareLink()).source).toEqual({
      kind: 'file',
      files: [await fingerprint(text, 'metrics.csv')],
    });
  });
});

describe('shareLinkUrl', () => {
  it('puts the link after this page address, keeping its path and query, dropping its hash', async () => {
    await openFromLink('');
    setParams('sla', { target: 450 });
    setZoom({ start: 1, end: 2 });
    const url = await shareLinkUrl({ href: 'http://host/tools/metricscope/?a=1#old' });
    expect(url).toMatch(/^http:\/\/host\/tools\/metricscope\/\?a=1#v1=[A-Za-z0-9_-]+$/);
    const parsed = await parseViewLink(url.split('#')[1]);
    expect(parsed.ok && parsed.value.view.params.sla?.target).toBe(450);
    expect(parsed.ok && parsed.value.view.zoom).toEqual({ start: 1, end: 2 });
    expect(parsed.ok && parsed.value.source).toEqual({ kind: 'demo', seed: 42, size: 'small' });
  });

  it('a version-1 link made by hand opens like one copied', async () => {
    const text = await encodeLinkText(STATE, 1);
    await openFromLink(text);
    expect(store.getState().params?.sla).toEqual(STATE.view.params.sla);
  });
});

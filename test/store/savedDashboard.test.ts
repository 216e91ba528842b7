import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectPrometheus, loadDemo, loadFile } from '../../src/store/loading';
import { PANELS, type PanelKey } from '../../src/store/panels';
import { refresh, setParams } from '../../src/store/refresh';
import {
  MAX_SAVED_SAMPLES,
  embedDashboard,
  openSavedDashboard,
  saveDashboard,
  savedHeader,
} from '../../src/store/savedDashboard';
import {
  appTemplate,
  captureTemplate,
  forgetTemplate,
} from '../../src/store/savedDashboardTemplate';
import { setDemoOptions } from '../../src/store/settings';
import { attachClient, resetStore, store } from '../../src/store/state';
import { createApi } from '../../src/worker/api';
import { wideCsv } from '../components/files';
import { harness, type Harness } from '../helpers/workerHarness';

// A save and an open each compute every panel (the 1e6-value timing among them) in the worker.
vi.setConfig({ testTimeout: 60_000 });

/** The single-file app as far as saving sees it: a page whose app is an inline module script. */
const TEMPLATE =
  '<!doctype html><html><head><title>Metricscope</title><script type="module">app()</script>' +
  '</head><body><div id="root"></div></body></html>';

const SAVED_AT = new Date('2026-12-03T14:05:09Z');

let open: Harness;

/** A fresh worker API and store, as a new page has. */
function newPage(): void {
  open?.close();
  resetStore();
  open = harness(createApi());
  attachClient(open.client);
}

/** The results of every panel but the timed one. */
function figures() {
  const { results } = store.getState();
  return PANELS.filter((p) => p !== 'whereBench').map((p) => [p, results[p]] as const);
}

/** Saves, then opens the file in a new page and waits until its view is applied and computed. */
async function saveAndOpen(): Promise<{ fileName: string; html: string }> {
  const saved = await saveDashboard(SAVED_AT);
  if (!saved.ok) throw new Error(saved.reason);
  const html = await saved.blob.text();
  newPage();
  const doc = new JSDOM(html).window.document;
  expect(openSavedDashboard(doc)).toBe(true);
  expect(doc.getElementById('metricscope-data')).toBeNull();
  await vi.waitFor(
    () => {
      const s = store.getState();
      expect(s.source.name).toMatch(/\(saved dashboard, 2026-12-03 14:05 UTC\)$/);
      expect(Object.values(s.pending).some(Boolean)).toBe(false);
    },
    { timeout: 50_000, interval: 50 },
  );
  return { fileName: saved.fileName, html };
}

beforeEach(() => {
  newPage();
  captureTemplate(new JSDOM(TEMPLATE).window.document);
});

afterEach(() => {
  attachClient(null);
  open.close();
  forgetTemplate();
  vi.unstubAllGlobals();
});

describe('saveDashboard then openSavedDashboard', () => {
  it('a CSV with moved sliders: read again as it was, the view applied, the same results', async () => {
    await loadFile(wideCsv(3 * 1440), 'cpu load.csv');
    setParams('anomalies', { threshold: 2 });
    setParams('percentileBands', { window: 30 });
    await Promise.all((['anomalies', 'percentileBands'] as PanelKey[]).map((p) => refresh(p)));
    const before = { figures: figures(), params: store.getState().params };
    expect(before.params?.anomalies.threshold).toBe(2);

    const { fileName } = await saveAndOpen();
    expect(fileName).toBe('metricscope-cpu-load-2026-12-03.html');
    const s = store.getState();
    expect(s.source).toEqual({
      kind: 'file',
      name: 'cpu load.csv (saved dashboard, 2026-12-03 14:05 UTC)',
    });
    expect(s.params).toEqual(before.params);
    expect(figures()).toEqual(before.figures);
    expect(s.readReports.map((r) => [r.name, r.report.rowsRead])).toEqual([
      ['cpu load.csv', 3 * 1440],
    ]);
    expect(s.loaded.map((f) => f.name)).toEqual(['cpu load.csv']);
  });

  it('saved again from an opened dashboard: named after the data, not the saved name', async () => {
    await loadFile(wideCsv(300), 'a.csv');
    await saveAndOpen();
    const again = await saveDashboard(SAVED_AT);
    if (!again.ok) throw new Error(again.reason);
    expect(again.fileName).toBe('metricscope-a-2026-12-03.html');
  });

  it('the demo is saved as its seed and size, no data: opening generates it again', async () => {
    setDemoOptions({ demoSeed: 7, demoSize: 'small' });
    await loadDemo();
    setParams('capacity', { growthRate: 0.3 });
    await refresh('capacity');
    const before = figures();
    const { fileName, html } = await saveAndOpen();
    expect(fileName).toBe('metricscope-demo-small-seed-7-2026-12-03.html');
    // Only the header: a few hundred bytes of base64.
    expect(/id="metricscope-data">([^<]*)</.exec(html)?.[1].length).toBeLessThan(400);
    expect(store.getState().source.name).toBe(
      'Simulated demo (small, seed 7) (saved dashboard, 2026-12-03 14:05 UTC)',
    );
    expect(store.getState().demoSeed).toBe(7);
    expect(figures()).toEqual(before);
  });

  it('a Prometheus source: its fetched response is saved, and the file opens without fetching', async () => {
    const matrix = {
      status: 'success',
      data: {
        resultType: 'matrix',
        result: ['a', 'b'].map((instance, k) => ({
          metric: { __name__: 'node_load1', instance },
          values: Array.from({ length: 300 }, (_, i) => [1_700_000_000 + 60 * i, `${k + (i % 7)}`]),
        })),
      },
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(JSON.stringify(matrix)))),
    );
    const request = {
      baseUrl: 'http://127.0.0.1:9090',
      queries: ['node_load1'],
      startSec: 1_700_000_000,
      endSec: 1_700_018_000,
      stepSec: 60,
    };
    await connectPrometheus(request, 'Prometheus http://127.0.0.1:9090');
    const before = figures();
    const offline = vi.fn(() => Promise.reject(new Error('offline')));
    vi.stubGlobal('fetch', offline);
    await saveAndOpen();
    expect(offline).not.toHaveBeenCalled();
    expect(store.getState().source.name).toBe(
      'Prometheus http://127.0.0.1:9090 (saved dashboard, 2026-12-03 14:05 UTC)',
    );
    expect(store.getState().catalogue?.series.map((s) => s.name)).toContain(
      'node_load1{instance="a"}',
    );
    expect(figures()).toEqual(before);
  });
});

describe('saveDashboard refuses', () => {
  it(`a data set of more than ${MAX_SAVED_SAMPLES.toLocaleString('en-US')} samples, saying how many`, async () => {
    store.setState({
      status: 'ready',
      source: { kind: 'file', name: 'huge.csv' },
      catalogue: {
        label: 'huge.csv',
        series: [
          {
            name: 'a',
            metric: 'a',
            labels: {},
            unit: '',
            length: MAX_SAVED_SAMPLES,
            timed: true,
            missing: 0,
          },
          { name: 'b', metric: 'b', labels: {}, unit: '', length: 1, timed: true, missing: 0 },
          // Derived series are not counted: they are computed again from the data's own.
          {
            name: 'c',
            metric: 'c',
            labels: { fleet: 'mean' },
            unit: '',
            length: 9,
            timed: true,
            missing: 0,
          },
        ],
        farm: { reason: 'none' },
        groups: [],
        picks: {} as never,
      },
    });
    expect(await saveDashboard()).toEqual({
      ok: false,
      reason:
        'This data set has 3,000,001 samples: a saved dashboard holds at most 3,000,000. Nothing was saved.',
    });
  });

  it('before any data is shown', async () => {
    expect(await saveDashboard()).toEqual({
      ok: false,
      reason: 'There is no data shown to save yet. Nothing was saved.',
    });
  });
});

describe('openSavedDashboard', () => {
  it('a page without the data element is not a saved dashboard: false, nothing loaded', () => {
    expect(openSavedDashboard(new JSDOM(TEMPLATE).window.document)).toBe(false);
    expect(store.getState().loadsAsked).toBe(0);
  });

  it('damaged data: shows the demo and says why the saved dashboard could not be read', async () => {
    const html = TEMPLATE.replace(
      '<script',
      '<script type="application/octet-stream" id="metricscope-data">H4sI!broken</script><script',
    );
    expect(openSavedDashboard(new JSDOM(html).window.document)).toBe(true);
    await vi.waitFor(() => expect(store.getState().failedFile).toBe('the saved dashboard'), {
      timeout: 30_000,
    });
    const s = store.getState();
    expect(s.status).toBe('ready');
    expect(s.loadError).toBe('The saved data is damaged: it is not base64.');
    expect(s.catalogue?.label).toBe('Simulated demo (small, seed 42)');
  });
});

describe('embedDashboard', () => {
  it('puts the data and view elements before the first script, neither executable', () => {
    const parts = embedDashboard(TEMPLATE, 'QUJD', '{"a":1}');
    expect(parts?.join('')).toBe(
      '<!doctype html><html><head><title>Metricscope</title>' +
        '<script type="application/octet-stream" id="metricscope-data">QUJD</script>\n' +
        '<script type="application/json" id="metricscope-view">{"a":1}</script>\n' +
        '<script type="module">app()</script></head><body><div id="root"></div></body></html>',
    );
  });

  it('escapes every < of the view, so a name like </script><script>alert(1)</script> stays text', () => {
    const view = JSON.stringify({ name: '</script><script>alert(1)</script>' });
    const html = embedDashboard(TEMPLATE, '', view)!.join('');
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('script')).toHaveLength(3);
    expect(JSON.parse(doc.getElementById('metricscope-view')!.textContent!)).toEqual(
      JSON.parse(view),
    );
  });

  it('is null for a template without a script', () => {
    expect(embedDashboard('<html></html>', '', '{}')).toBeNull();
  });
});

describe('savedHeader', () => {
  const files = {
    format: 'metricscope-dashboard',
    version: 1,
    savedAt: '2026-12-03T14:05:09.000Z',
    source: { kind: 'files', name: 'a.csv', files: [{ name: 'a.csv', mapping: 'chosen' }] },
  };

  it('reads a files header written by this version', () => {
    expect(savedHeader(files, 1)).toEqual({
      ...files,
      source: { kind: 'files', name: 'a.csv', files: [{ name: 'a.csv', mapping: 'chosen' }] },
    });
  });

  it.each([
    ['another version', { ...files, version: 2 }, 1],
    ['another format', { ...files, format: 'x' }, 1],
    ['a date that is not one', { ...files, savedAt: 'yesterday' }, 1],
    ['fewer files than parts', files, 2],
    ['a file without a name', { ...files, source: { ...files.source, files: [{}] } }, 1],
    [
      'options that are not an object',
      { ...files, source: { ...files.source, files: [{ name: 'a', options: 1 }] } },
      1,
    ],
    [
      'a demo size that is not one',
      { ...files, source: { kind: 'demo', seed: 1, size: 'huge' } },
      0,
    ],
    [
      'a demo seed that is not a number',
      { ...files, source: { kind: 'demo', seed: '1', size: 'small' } },
      0,
    ],
    ['no source', { ...files, source: null }, 0],
  ])('is null for %s', (_, header, parts) => {
    expect(savedHeader(header, parts)).toBeNull();
  });
});

describe('appTemplate', () => {
  const stubFetch = (body: string, status = 200) =>
    vi.fn((url: URL | RequestInfo) => {
      void url;
      return Promise.resolve(new Response(body, { status }));
    });

  it('fetches metricscope.html from beside the page, under any sub-path', async () => {
    forgetTemplate();
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:8080/tools/metricscope/' });
    const fetchFn = stubFetch(TEMPLATE);
    expect(await appTemplate(fetchFn as typeof fetch)).toEqual({ ok: true, html: TEMPLATE });
    expect(String(fetchFn.mock.calls[0][0])).toBe(
      'http://127.0.0.1:8080/tools/metricscope/metricscope.html',
    );
  });

  it.each([
    ['a 404', stubFetch('Not found', 404)],
    [
      'the page itself (a host answering every path with index.html)',
      stubFetch('<script type="module" src="./assets/index.js"></script>'),
    ],
  ])('says it needs npm run build for %s', async (_, fetchFn) => {
    forgetTemplate();
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:5173/' });
    expect(await appTemplate(fetchFn as typeof fetch)).toEqual({
      ok: false,
      reason:
        'Save dashboard needs the single-file app beside this page (metricscope.html, made by npm run build): it was not found.',
    });
  });

  it('a page that loads its scripts by URL keeps no template of itself', async () => {
    forgetTemplate();
    captureTemplate(new JSDOM('<script src="x.js"></script>').window.document);
    vi.stubGlobal('document', { baseURI: 'http://h/' });
    expect((await appTemplate(stubFetch('', 404) as typeof fetch)).ok).toBe(false);
  });
});

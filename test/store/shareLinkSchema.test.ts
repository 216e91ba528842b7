import { describe, expect, it } from 'vitest';
import { encodeLinkText } from '../../src/store/shareLinkCodec';
import {
  encodeViewLink,
  LINK_VERSION,
  migrateLink,
  parseViewLink,
  readShareLink,
  readViewState,
  type ShareLink,
} from '../../src/store/shareLinkSchema';
import fixture from '../fixtures/shareLink/v1.json';

type Json = Record<string, unknown>;

/** The fixture's state: a demo link touching every panel's parameters. */
const STATE = fixture.state as ShareLink;

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The fixture's state as JSON, changed by `change`, written as a link without any checks. */
async function rawLink(change: (json: Json & { view: Json & { params: Json } }) => void) {
  const json = clone(STATE) as unknown as Json & { view: Json & { params: Json } };
  change(json);
  return encodeLinkText(json, LINK_VERSION);
}

const reasonOf = async (text: string) => {
  const parsed = await parseViewLink(text);
  return parsed.ok ? 'read' : parsed.reason;
};

describe('encodeViewLink / parseViewLink', () => {
  it('parseViewLink(encodeViewLink(link)) gives the link back', async () => {
    const text = await encodeViewLink(STATE);
    expect(text).toMatch(/^v1=[A-Za-z0-9_-]+$/);
    expect(await parseViewLink(`#${text}`)).toEqual({ ok: true, value: STATE });
  });

  it('leaves out what a link does not carry: heatmap cells, anomaly words zone, benchmark size', async () => {
    const link = clone(STATE) as unknown as { view: { params: Record<string, Json> } };
    Object.assign(link.view.params.farm, { maxRows: 80, maxColumns: 300 });
    Object.assign(link.view.params.anomalies, { timeZone: 'Europe/Berlin' });
    Object.assign(link.view.params.whereBench, { n: 1_000_000 });
    const parsed = await parseViewLink(await encodeViewLink(link as unknown as ShareLink));
    expect(parsed).toEqual({ ok: true, value: STATE });
  });

  it('opens the committed version-1 link (a regression fixture: links already shared)', async () => {
    expect(await parseViewLink(fixture.link)).toEqual({ ok: true, value: STATE });
  });

  it('opens an older version through the migration table', async () => {
    // A synthetic version 0: the demo's seed and size and the theme at the top level, no source.
    const v0 = { seed: 3, size: 'medium', theme: 'light', params: { sla: { target: 400 } } };
    const migrations = {
      0: (value: unknown) => {
        const { seed, size, theme, params } = value as typeof v0;
        return {
          v: 1,
          source: { kind: 'demo', seed, size },
          view: { demo: { seed, size }, params, theme, timeZone: 'utc', zoom: null },
        };
      },
    };
    const text = await encodeLinkText(v0, 0);
    expect(await parseViewLink(text, migrations)).toEqual({
      ok: true,
      value: {
        v: 1,
        source: { kind: 'demo', seed: 3, size: 'medium' },
        view: {
          demo: { seed: 3, size: 'medium' },
          params: { sla: { target: 400 } },
          theme: 'light',
          timeZone: 'utc',
          zoom: null,
        },
      },
    });
    expect(await reasonOf(text)).toBe('link version 0 is not one Metricscope made.');
  });

  it('says a link from a newer version needs the page updated', async () => {
    expect(await reasonOf(await encodeLinkText(STATE, 2))).toBe(
      'it was made by a newer version of Metricscope (link version 2); reload the page to update.',
    );
  });

  it('turns a migration that throws on a crafted value into a reason, not an exception', async () => {
    const migrations = {
      0: (value: unknown) => (value as { a: { b: unknown } }).a.b,
    };
    expect(await parseViewLink(await encodeLinkText({}, 0), migrations)).toEqual({
      ok: false,
      reason: 'it could not be brought up to date.',
    });
  });

  it('refuses to encode a view it could not read back, saying why', async () => {
    const link = clone(STATE);
    link.view.params.anomalies!.threshold = 99;
    await expect(encodeViewLink(link)).rejects.toThrow(
      'This view cannot be put in a link: view.params.anomalies.threshold must be a number from 0.5 to 8.',
    );
  });
});

describe('parseViewLink: only known keys', () => {
  it('drops unknown keys at every level, and unknown panels', async () => {
    const text = await rawLink((json) => {
      json.extra = 'x';
      json.view.extra = { deep: true };
      json.view.params.bogusPanel = { series: ['x'] };
      (json.view.params.anomalies as Json).script = '<script>alert(1)</script>';
      (json.source as Json).url = 'http://elsewhere.example';
    });
    expect(await parseViewLink(text)).toEqual({ ok: true, value: STATE });
  });

  it('never reads __proto__ or constructor keys, nor lets them touch a prototype', async () => {
    const text = `{"v":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},
      "source":{"kind":"demo","seed":7,"size":"small","__proto__":{"kind":"file"}},
      "view":{"demo":{"seed":7,"size":"small"},"theme":"dark","timeZone":"utc","zoom":null,
        "params":{"__proto__":{"sla":{"target":5}},"constructor":{"series":"x"},
          "anomalies":{"__proto__":{"series":"evil"},"constructor":1,"threshold":2}}}}`;
    const parsed = await parseViewLink(await encodeLinkText(JSON.parse(text), 1));
    expect(parsed).toEqual({
      ok: true,
      value: {
        v: 1,
        source: { kind: 'demo', seed: 7, size: 'small' },
        view: {
          demo: { seed: 7, size: 'small' },
          params: { anomalies: { threshold: 2 } },
          theme: 'dark',
          timeZone: 'utc',
          zoom: null,
        },
      },
    });
    const anomalies = parsed.ok ? parsed.value.view.params.anomalies : undefined;
    expect(Object.getPrototypeOf(anomalies)).toBe(Object.prototype);
    expect(Object.keys(anomalies ?? {})).toEqual(['threshold']);
    expect(({} as Json).polluted).toBeUndefined();
    expect((Object.prototype as Json).polluted).toBeUndefined();
  });

  it('reads a missing zoom as none, and panels left out stay out', async () => {
    const text = await rawLink((json) => {
      delete json.view.zoom;
      json.view.params = { sla: { target: 500 } };
    });
    const parsed = await parseViewLink(text);
    expect(parsed.ok && parsed.value.view).toMatchObject({
      zoom: null,
      params: { sla: { target: 500 } },
    });
  });
});

describe('parseViewLink: every value checked', () => {
  const set =
    (path: string, value: unknown) =>
    (json: Json): void => {
      const keys = path.split('.');
      let at = json;
      for (const key of keys.slice(0, -1)) at = at[key] as Json;
      at[keys[keys.length - 1]] = value;
    };

  it.each<[string, unknown, string]>([
    [
      'view.params.anomalies.threshold',
      8.5,
      'view.params.anomalies.threshold must be a number from 0.5 to 8.',
    ],
    [
      'view.params.anomalies.threshold',
      '3',
      'view.params.anomalies.threshold must be a number from 0.5 to 8.',
    ],
    [
      'view.params.anomalies.threshold',
      null,
      'view.params.anomalies.threshold must be a number from 0.5 to 8.',
    ],
    [
      'view.params.anomalies.window',
      201,
      'view.params.anomalies.window must be a whole number from 1 to 200.',
    ],
    [
      'view.params.anomalies.window',
      4.5,
      'view.params.anomalies.window must be a whole number from 1 to 200.',
    ],
    [
      'view.params.anomalies.detector',
      'magic',
      'view.params.anomalies.detector must be one of zscore, robust, seasonal, adaptive.',
    ],
    [
      'view.params.anomalies.series',
      42,
      'view.params.anomalies.series must be text of 1 to 1024 characters.',
    ],
    [
      'view.params.anomalies.series',
      'x'.repeat(1025),
      'view.params.anomalies.series must be text of 1 to 1024 characters.',
    ],
    [
      'view.params.overview.series',
      'cpu %',
      'view.params.overview.series must be a list of 0 to 10000 items.',
    ],
    [
      'view.params.overview.series',
      [1],
      'view.params.overview.series[0] must be text of 1 to 1024 characters.',
    ],
    ['view.params.overview.top', 7, 'view.params.overview.top must be one of 5, 10, 20, 50.'],
    [
      'view.params.overview.highLoad',
      1e300,
      'view.params.overview.highLoad must be a number from -1000000000000000 to 1000000000000000.',
    ],
    [
      'view.params.farm.cpuHigh',
      49,
      'view.params.farm.cpuHigh must be a whole number from 50 to 100.',
    ],
    [
      'view.params.farm.peerWindow',
      61,
      'view.params.farm.peerWindow must be a whole number from 1 to 60.',
    ],
    [
      'view.params.capacity.growthRate',
      -0.1,
      'view.params.capacity.growthRate must be a number from 0 to 1.',
    ],
    [
      'view.params.capacity.forecastDays',
      366,
      'view.params.capacity.forecastDays must be a whole number from 7 to 365.',
    ],
    [
      'view.params.capacity.method',
      'prophet',
      'view.params.capacity.method must be one of linear, holtWinters.',
    ],
    [
      'view.params.percentileBands.window',
      1441,
      'view.params.percentileBands.window must be a whole number from 1 to 1440.',
    ],
    [
      'view.params.loadBalance.tolerance',
      0.9,
      'view.params.loadBalance.tolerance must be a number from 0.01 to 0.5.',
    ],
    [
      'view.params.sla.target',
      10,
      'view.params.sla.target must be a whole number from 50 to 1000.',
    ],
    [
      'view.params.traffic.spikeSigma',
      0,
      'view.params.traffic.spikeSigma must be a number from 0.5 to 10.',
    ],
    ['view.params.sla', [], 'view.params.sla must be an object.'],
    ['view.params', 'all', 'view.params must be an object.'],
    ['view.theme', 'neon', 'view.theme must be one of system, light, dark.'],
    ['view.timeZone', 'Europe/Berlin', 'view.timeZone must be one of utc, local.'],
    ['view.zoom', { start: 5, end: 5 }, 'view.zoom must end after it starts.'],
    [
      'view.zoom',
      { start: 0, end: 'later' },
      'view.zoom.end must be a number from -8640000000000000 to 8640000000000000.',
    ],
    ['view.demo.seed', -1, 'view.demo.seed must be a whole number from 0 to 9007199254740991.'],
    ['view.demo.size', 'huge', 'view.demo.size must be one of small, medium, large.'],
    ['view', null, 'view must be an object.'],
    ['source.kind', 'ftp', 'source.kind must be one of demo, prometheus, file.'],
    ['source.seed', 1.5, 'source.seed must be a whole number from 0 to 9007199254740991.'],
    ['v', 2, 'its version must be 1.'],
  ])('refuses %s = %j: "%s"', async (path, value, reason) => {
    expect(await reasonOf(await rawLink(set(path, value)))).toBe(reason);
  });

  it('refuses JSON that is not an object', async () => {
    expect(await reasonOf(await encodeLinkText([1, 2], 1))).toBe('the link must be an object.');
  });

  it("names a place in the link by its known keys only, never by the link's own text", async () => {
    const reason = await reasonOf(
      await rawLink(set('view.params.anomalies.detector', '<img src=x onerror=alert(1)>')),
    );
    expect(reason).not.toContain('<');
  });
});

describe('parseViewLink: Prometheus and file sources', () => {
  const prometheus = (request: Json) =>
    rawLink((json) => {
      json.source = { kind: 'prometheus', request };
    });
  const REQUEST = {
    baseUrl: 'http://127.0.0.1:9090',
    queries: ['up', 'rate(http_requests_total[5m])'],
    startSec: 1_700_000_000,
    endSec: 1_700_003_600,
    stepSec: 60,
  };

  it('reads a Prometheus request', async () => {
    const parsed = await parseViewLink(await prometheus(REQUEST));
    expect(parsed.ok && parsed.value.source).toEqual({ kind: 'prometheus', request: REQUEST });
  });

  it.each<[Json, string]>([
    [{ baseUrl: 'javascript:alert(1)' }, 'source.request.baseUrl must be an http or https URL.'],
    [{ baseUrl: 'data:text/html,<b>' }, 'source.request.baseUrl must be an http or https URL.'],
    [{ baseUrl: 'not a url' }, 'source.request.baseUrl must be an http or https URL.'],
    [{ queries: [] }, 'source.request.queries must be a list of 1 to 100 items.'],
    [{ queries: [''] }, 'source.request.queries[0] must be text of 1 to 10000 characters.'],
    [{ endSec: 1_600_000_000 }, 'source.request must end after it starts.'],
    [{ stepSec: 0 }, 'source.request.stepSec must be a number from 0.001 to 100000000.'],
    [{ startSec: Number.NaN }, 'source.request.startSec must be a number from 0 to 32503680000.'],
  ])('refuses a request with %j', async (change, reason) => {
    expect(await reasonOf(await prometheus({ ...REQUEST, ...change }))).toBe(reason);
  });

  it('reads files by name, size and SHA-256, and refuses a malformed hash', async () => {
    const file = { name: 'a.csv', size: 12, sha256: 'ab'.repeat(32), whole: true };
    const files = (list: unknown) =>
      rawLink((json) => {
        json.source = { kind: 'file', files: list };
      });
    const parsed = await parseViewLink(await files([file]));
    expect(parsed.ok && parsed.value.source).toEqual({ kind: 'file', files: [file] });
    expect(await reasonOf(await files([{ ...file, sha256: 'AB'.repeat(32) }]))).toBe(
      'source.files[0].sha256 must be 64 hexadecimal digits.',
    );
    expect(await reasonOf(await files([]))).toBe('source.files must be a list of 1 to 100 items.');
  });
});

describe('readShareLink / readViewState', () => {
  it('readShareLink reads a value as parseViewLink reads a link', () => {
    expect(readShareLink(clone(STATE))).toEqual({ ok: true, value: STATE });
  });

  it('readViewState reads a view alone (a saved dashboard embeds one)', () => {
    expect(readViewState(clone(STATE.view))).toEqual({ ok: true, value: STATE.view });
    expect(readViewState({ ...STATE.view, theme: 1 })).toEqual({
      ok: false,
      reason: 'view.theme must be one of system, light, dark.',
    });
  });

  it('migrateLink leaves a current link as it is', () => {
    expect(migrateLink(1, STATE)).toEqual({ ok: true, value: STATE });
  });
});

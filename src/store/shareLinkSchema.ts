import { DETECTORS } from '../analysis/detectors/runDetector';
import type { PrometheusRequest } from '../io/prometheus/queryRangeUrl';
import { DEMO_SIZES, type DemoSize } from '../io/simulateDemo';
import { PANELS, type PanelKey, type PanelParams } from './panels';
import { OVERVIEW_TOP_CHOICES, SLIDER_RANGES, type ParamRange } from './paramRanges';
import { decodeLinkText, encodeLinkText } from './shareLinkCodec';
import type { ThemeSetting, TimeRange, TimeZoneSetting } from './state';
import type { ViewState } from './viewState';

/** The version links are written in now; MIGRATIONS bring older ones up to it. */
export const LINK_VERSION = 1;

/**
 * What identifies a file a link was made with, without its data: name, size in bytes, and the
 * SHA-256 (hex) of all of it (`whole`) or of its first and last MiB (see shareLinkFingerprint).
 */
export interface FileFingerprint {
  name: string;
  size: number;
  sha256: string;
  whole: boolean;
}

/** Where a link's data comes from: the simulated demo, a Prometheus request, or files. */
export type LinkSource =
  | { kind: 'demo'; seed: number; size: DemoSize }
  | { kind: 'prometheus'; request: PrometheusRequest }
  | { kind: 'file'; files: FileFingerprint[] };

/**
 * The panel parameters a link carries: the choices a person makes. Left out: the farm heatmap's
 * cell counts (the panel sizes them to the screen it is on), the anomaly words' IANA zone (it
 * follows the link's timeZone on the opener's machine) and the benchmark's size (fixed).
 */
export type LinkParams = {
  [K in PanelKey]?: Partial<Omit<PanelParams[K], 'maxRows' | 'maxColumns' | 'timeZone' | 'n'>>;
};

/** A ViewState as a link carries it: each panel's parameters are those of LinkParams. */
export interface LinkView extends Omit<ViewState, 'params'> {
  params: LinkParams;
}

/** Everything a share link says. */
export interface ShareLink {
  v: typeof LINK_VERSION;
  source: LinkSource;
  view: LinkView;
}

/** A value read, or one sentence saying why it could not be. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/** One JSON value's change from a version's shape to the next version's. */
export type Migration = (value: unknown) => unknown;

/**
 * MIGRATIONS[n] turns the JSON of a version-n link into that of version n + 1. Version 1 is the
 * first released, so the table is empty; when version 2 comes, MIGRATIONS[1] keeps every link
 * made so far opening (test/fixtures/shareLink holds one made by version 1 to prove it).
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

// The reader below visits only the keys it knows, each as an own property, and builds fresh
// objects from them: anything else in the JSON (an unknown key, `__proto__`, `constructor`) is
// never read, so it can neither reach the store nor touch a prototype. Reasons name a place by its
// known keys only, never by text from the link.

/** Why a link's JSON is not a link: thrown inside the reader, returned by readShareLink. */
class Unreadable extends Error {}

type Json = Record<string, unknown>;
type Read<T> = (value: unknown, path: string) => T;

const fail = (path: string, what: string): never => {
  throw new Unreadable(`${path} ${what}.`);
};

const isJsonObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const object = (value: unknown, path: string): Json =>
  isJsonObject(value) ? value : fail(path, 'must be an object');

/** `json[key]` when it is json's own property, else undefined: never an inherited member. */
const own = (json: Json, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(json, key) ? json[key] : undefined;

const has = (json: Json, key: string) => Object.prototype.hasOwnProperty.call(json, key);

/** A finite number from `min` to `max`, a whole one when `integer`. */
const number =
  (min: number, max: number, integer = false): Read<number> =>
  (value, path) =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!integer || Number.isInteger(value))
      ? value
      : fail(path, `must be a ${integer ? 'whole ' : ''}number from ${min} to ${max}`);

/** A number within a slider's range; a whole one when the slider steps by whole numbers. */
const slider = (range: ParamRange, min = range.min): Read<number> =>
  number(min, range.max, Number.isInteger(range.step));

/** One of `choices`. */
const oneOf =
  <T extends string | number>(choices: readonly T[]): Read<T> =>
  (value, path) =>
    choices.includes(value as T)
      ? (value as T)
      : fail(path, `must be one of ${choices.join(', ')}`);

/** A string of 1 to `max` characters. */
const text =
  (max: number): Read<string> =>
  (value, path) =>
    typeof value === 'string' && value.length > 0 && value.length <= max
      ? value
      : fail(path, `must be text of 1 to ${max} characters`);

const nullable =
  <T>(read: Read<T>): Read<T | null> =>
  (value, path) =>
    value === null ? null : read(value, path);

/** An array of 0 (or `min`) to `max` items, each read by `item`. */
const list =
  <T>(item: Read<T>, max: number, min = 0): Read<T[]> =>
  (value, path) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) {
      return fail(path, `must be a list of ${min} to ${max} items`);
    }
    return value.map((v, i) => item(v, `${path}[${i}]`));
  };

const boolean: Read<boolean> = (value, path) =>
  typeof value === 'boolean' ? value : fail(path, 'must be true or false');

/** A series, metric or label name: as long as any a reader keeps. */
const MAX_NAME = 1024;
/** The most series a panel's set may name (a large farm has 3,000 series of one metric). */
const MAX_SERIES = 10_000;
/** Bounds past which a number is nonsense for a data-scaled slider (high-load line, capacity). */
const MAX_MAGNITUDE = 1e15;
/** Epoch milliseconds within JavaScript's Date range. */
const MAX_TIME_MS = 8.64e15;
/** Epoch seconds to the year 3000. */
const MAX_EPOCH_SEC = 32_503_680_000;

const name = text(MAX_NAME);
const seriesList = list(name, MAX_SERIES);

/** How each panel's parameters are read; a parameter not listed is dropped. */
type ParamReaders = {
  [K in PanelKey]: { [F in keyof Required<NonNullable<LinkParams[K]>>]: Read<unknown> };
};

const PARAM_READERS: ParamReaders = {
  overview: {
    series: seriesList,
    top: oneOf(OVERVIEW_TOP_CHOICES),
    rank: oneOf(['mean', 'max']),
    highLoad: number(-MAX_MAGNITUDE, MAX_MAGNITUDE),
  },
  farm: {
    metric: name,
    cpuHigh: slider(SLIDER_RANGES.farm.cpuHigh),
    memHigh: slider(SLIDER_RANGES.farm.memHigh),
    peerWindow: slider(SLIDER_RANGES.farm.peerWindow),
    peerThreshold: slider(SLIDER_RANGES.farm.peerThreshold),
  },
  anomalies: {
    series: nullable(name),
    detector: oneOf(DETECTORS.map((d) => d.name)),
    window: slider(SLIDER_RANGES.anomalies.window, 1),
    threshold: slider(SLIDER_RANGES.anomalies.threshold),
  },
  capacity: {
    series: nullable(name),
    growthRate: slider(SLIDER_RANGES.capacity.growthRate),
    forecastDays: slider(SLIDER_RANGES.capacity.forecastDays),
    capacity: number(0, MAX_MAGNITUDE),
    buffer: slider(SLIDER_RANGES.capacity.buffer),
    dailyStatistic: oneOf(['mean', 'max']),
    method: oneOf(['linear', 'holtWinters']),
  },
  percentileBands: {
    series: nullable(name),
    window: slider(SLIDER_RANGES.percentileBands.window, 1),
  },
  // No slider: the seed's 2 σ, within what a person could mean.
  traffic: { spikeSigma: number(0.5, 10) },
  loadBalance: { tolerance: slider(SLIDER_RANGES.loadBalance.tolerance) },
  sla: {
    series: nullable(name),
    target: slider(SLIDER_RANGES.sla.target),
    apdexT: slider(SLIDER_RANGES.sla.apdexT),
  },
  trends: { series: seriesList },
  dataCentres: { label: name, weight: name },
  whereBench: {},
};

function readParams(value: unknown, path: string): LinkParams {
  const json = object(value, path);
  const params: Record<string, Record<string, unknown>> = {};
  for (const panel of PANELS) {
    if (!has(json, panel)) continue;
    const given = object(own(json, panel), `${path}.${panel}`);
    const readers: Record<string, Read<unknown>> = PARAM_READERS[panel];
    const read: Record<string, unknown> = {};
    for (const key of Object.keys(readers)) {
      if (has(given, key)) read[key] = readers[key](own(given, key), `${path}.${panel}.${key}`);
    }
    params[panel] = read;
  }
  return params as LinkParams;
}

function readZoom(value: unknown, path: string): TimeRange | null {
  if (value === null) return null;
  const json = object(value, path);
  const start = number(-MAX_TIME_MS, MAX_TIME_MS)(own(json, 'start'), `${path}.start`);
  const end = number(-MAX_TIME_MS, MAX_TIME_MS)(own(json, 'end'), `${path}.end`);
  return start < end ? { start, end } : fail(path, 'must end after it starts');
}

const demoSize = oneOf(Object.keys(DEMO_SIZES) as DemoSize[]);
const seed = number(0, Number.MAX_SAFE_INTEGER, true);

function readDemo(value: unknown, path: string): ViewState['demo'] {
  const json = object(value, path);
  return {
    seed: seed(own(json, 'seed'), `${path}.seed`),
    size: demoSize(own(json, 'size'), `${path}.size`),
  };
}

function readView(value: unknown, path: string): LinkView {
  const json = object(value, path);
  return {
    demo: readDemo(own(json, 'demo'), `${path}.demo`),
    params: readParams(own(json, 'params'), `${path}.params`),
    theme: oneOf<ThemeSetting>(['system', 'light', 'dark'])(own(json, 'theme'), `${path}.theme`),
    timeZone: oneOf<TimeZoneSetting>(['utc', 'local'])(own(json, 'timeZone'), `${path}.timeZone`),
    zoom: readZoom(own(json, 'zoom') ?? null, `${path}.zoom`),
  };
}

/** A server's base URL: http or https only (never javascript: or data:). */
const baseUrl: Read<string> = (value, path) => {
  const url = text(2048)(value, path);
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    // Not a URL: refused below.
  }
  return protocol === 'http:' || protocol === 'https:'
    ? url
    : fail(path, 'must be an http or https URL');
};

function readRequest(value: unknown, path: string): PrometheusRequest {
  const json = object(value, path);
  const at = (key: string) => `${path}.${key}`;
  const seconds = number(0, MAX_EPOCH_SEC);
  const request: PrometheusRequest = {
    baseUrl: baseUrl(own(json, 'baseUrl'), at('baseUrl')),
    queries: list(text(10_000), 100, 1)(own(json, 'queries'), at('queries')),
    startSec: seconds(own(json, 'startSec'), at('startSec')),
    endSec: seconds(own(json, 'endSec'), at('endSec')),
    stepSec: number(0.001, 1e8)(own(json, 'stepSec'), at('stepSec')),
  };
  return request.startSec < request.endSec ? request : fail(path, 'must end after it starts');
}

function readFingerprint(value: unknown, path: string): FileFingerprint {
  const json = object(value, path);
  const sha256 = own(json, 'sha256');
  return {
    name: name(own(json, 'name'), `${path}.name`),
    size: number(0, Number.MAX_SAFE_INTEGER, true)(own(json, 'size'), `${path}.size`),
    sha256:
      typeof sha256 === 'string' && /^[0-9a-f]{64}$/.test(sha256)
        ? sha256
        : fail(`${path}.sha256`, 'must be 64 hexadecimal digits'),
    whole: boolean(own(json, 'whole'), `${path}.whole`),
  };
}

function readSource(value: unknown, path: string): LinkSource {
  const json = object(value, path);
  const kind = oneOf(['demo', 'prometheus', 'file'])(own(json, 'kind'), `${path}.kind`);
  switch (kind) {
    case 'demo':
      return {
        kind,
        seed: seed(own(json, 'seed'), `${path}.seed`),
        size: demoSize(own(json, 'size'), `${path}.size`),
      };
    case 'prometheus':
      return { kind, request: readRequest(own(json, 'request'), `${path}.request`) };
    case 'file':
      return { kind, files: list(readFingerprint, 100, 1)(own(json, 'files'), `${path}.files`) };
  }
}

/** `read` run on `value`, its Unreadable turned into an outcome (any other error is a bug). */
function attempt<T>(read: () => T): Outcome<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof Unreadable) return { ok: false, reason: error.message };
    throw error;
  }
}

/**
 * A version-1 link's JSON as a ShareLink, or why it is not one: only known keys are read (others
 * dropped), every number finite and within its slider's range (paramRanges), every choice from
 * its list, every text length-capped, a Prometheus URL http(s) only. Series names are checked
 * against the data later (fitLinkView), once the data is loaded.
 */
export function readShareLink(value: unknown): Outcome<ShareLink> {
  return attempt(() => {
    const json = object(value, 'the link');
    if (has(json, 'v') && own(json, 'v') !== LINK_VERSION) {
      fail('its version', `must be ${LINK_VERSION}`);
    }
    return {
      v: LINK_VERSION,
      source: readSource(own(json, 'source'), 'source'),
      view: readView(own(json, 'view'), 'view'),
    };
  });
}

/**
 * A view state's JSON (from a link or a saved dashboard) read as readShareLink reads a link's
 * `view`: the parameters a person chose, each checked, the rest dropped.
 */
export function readViewState(value: unknown): Outcome<LinkView> {
  return attempt(() => readView(value, 'view'));
}

/**
 * The JSON of a version-`version` link brought up to LINK_VERSION through `migrations`, or why it
 * cannot be: a version newer than this app's, or one no migration starts from.
 */
export function migrateLink(
  version: number,
  value: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): Outcome<unknown> {
  if (version > LINK_VERSION) {
    return {
      ok: false,
      reason: `it was made by a newer version of Metricscope (link version ${version}); reload the page to update.`,
    };
  }
  let current = value;
  for (let v = version; v < LINK_VERSION; v++) {
    const migrate = Object.prototype.hasOwnProperty.call(migrations, v) ? migrations[v] : undefined;
    if (!migrate)
      return { ok: false, reason: `link version ${version} is not one Metricscope made.` };
    current = migrate(current);
  }
  return { ok: true, value: current };
}

/**
 * A link's text (the URL's hash, with or without '#') as a ShareLink, or one sentence saying why
 * it cannot be read: decodeLinkText's envelope checks, then migrateLink, then readShareLink.
 * Never throws.
 * @example await parseViewLink('#v1=garbage!') // { ok: false, reason: 'it is not a Metricscope link.' }
 */
export async function parseViewLink(
  text: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): Promise<Outcome<ShareLink>> {
  const decoded = await decodeLinkText(text);
  if (!decoded.ok) return decoded;
  try {
    const migrated = migrateLink(decoded.version, decoded.value, migrations);
    return migrated.ok ? readShareLink(migrated.value) : migrated;
  } catch {
    // A migration that choked on a crafted value: the link is unreadable, not the page broken.
    return { ok: false, reason: 'it could not be brought up to date.' };
  }
}

/**
 * The link text (`v1=...`, without '#') of `link`, written as readShareLink would read it back:
 * what it would drop is left out. Throws a RangeError, saying why, for a link that could not be
 * read back (e.g. longer than the cap).
 */
export async function encodeViewLink(link: ShareLink): Promise<string> {
  const read = readShareLink(link);
  if (!read.ok) throw new RangeError(`This view cannot be put in a link: ${read.reason}`);
  return encodeLinkText(read.value, LINK_VERSION);
}

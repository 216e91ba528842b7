/**
 * The one unit model of the app: what a series' unit string means, for the readers (which write
 * base units such as '%', 'B', 'B/s', 's'), the analyses (which find series by kind) and the
 * formatters. Part of src/model, the data model every layer shares; imports nothing.
 */

/** What a unit measures. */
export type UnitKind =
  'percent' | 'time' | 'bytes' | 'bytesPerSecond' | 'bitsPerSecond' | 'count' | 'rate' | 'unknown';

/** Unit strings by kind; the first of each is the base unit readers write. */
const KIND_OF: Readonly<Record<string, UnitKind>> = {
  '%': 'percent',
  s: 'time',
  ms: 'time',
  B: 'bytes',
  bytes: 'bytes',
  kB: 'bytes',
  KB: 'bytes',
  MB: 'bytes',
  GB: 'bytes',
  TB: 'bytes',
  KiB: 'bytes',
  MiB: 'bytes',
  GiB: 'bytes',
  TiB: 'bytes',
  'B/s': 'bytesPerSecond',
  'kB/s': 'bytesPerSecond',
  'KB/s': 'bytesPerSecond',
  'MB/s': 'bytesPerSecond',
  'GB/s': 'bytesPerSecond',
  'KiB/s': 'bytesPerSecond',
  'MiB/s': 'bytesPerSecond',
  'GiB/s': 'bytesPerSecond',
  'b/s': 'bitsPerSecond',
  'bit/s': 'bitsPerSecond',
  bps: 'bitsPerSecond',
  'kbit/s': 'bitsPerSecond',
  'Mbit/s': 'bitsPerSecond',
  'Gbit/s': 'bitsPerSecond',
  Kbps: 'bitsPerSecond',
  kbps: 'bitsPerSecond',
  Mbps: 'bitsPerSecond',
  Gbps: 'bitsPerSecond',
  b: 'count',
  count: 'count',
  requests: 'count',
  packets: 'count',
  'req/s': 'rate',
  '/s': 'rate',
  'ops/s': 'rate',
  'pkt/s': 'rate',
};

/** One step of a unit scale: its symbol and its size in the scale's base unit. */
export type Rung = readonly [symbol: string, size: number];

const KI = 1024;

/** Time, from the readers' seconds. */
const TIME: readonly Rung[] = [
  ['ms', 1e-3],
  ['s', 1],
];
/** Bytes with IEC binary prefixes (KiB = 1024 B), as memory and disk sizes are usually given. */
const BYTES_IEC: readonly Rung[] = [
  ['B', 1],
  ['KiB', KI],
  ['MiB', KI ** 2],
  ['GiB', KI ** 3],
  ['TiB', KI ** 4],
  ['PiB', KI ** 5],
];
/** Bytes with SI decimal prefixes (kB = 1000 B), for values a source gave in kB, MB, GB... */
const BYTES_SI: readonly Rung[] = [
  ['B', 1],
  ['kB', 1e3],
  ['MB', 1e6],
  ['GB', 1e9],
  ['TB', 1e12],
  ['PB', 1e15],
];
const perSecond = (rungs: readonly Rung[]): Rung[] =>
  rungs.slice(0, 5).map(([symbol, size]) => [`${symbol}/s`, size]);
const BYTE_RATE_IEC = perSecond(BYTES_IEC);
const BYTE_RATE_SI = perSecond(BYTES_SI);
/** Bit rates with SI prefixes, as networks are rated (1 Mbit/s = 10^6 bit/s). */
const BIT_RATE: readonly Rung[] = [
  ['bit/s', 1],
  ['kbit/s', 1e3],
  ['Mbit/s', 1e6],
  ['Gbit/s', 1e9],
  ['Tbit/s', 1e12],
];

/**
 * Where each unit that rescales sits: its scale and its own size on it. Bytes and bytes per second
 * in the base unit, or with a binary prefix, go on the IEC scale (KiB, MiB, GiB); a value a source
 * gave with a decimal prefix (GB, MB/s) stays on the SI scale, since 1000 GB of storage read back
 * as 931 GiB is not what its source said. Bit rates are decimal, whatever their spelling (Mbps).
 */
const SCALE_OF: Readonly<Record<string, { rungs: readonly Rung[]; size: number }>> = {
  ...Object.fromEntries(
    [TIME, BYTES_IEC, BYTES_SI, BYTE_RATE_IEC, BYTE_RATE_SI, BIT_RATE].flatMap((rungs) =>
      rungs.map(([symbol, size]) => [symbol, { rungs, size }]),
    ),
  ),
  // 'B' and 'B/s' are on both byte scales: the base unit readers write reads in IEC prefixes.
  B: { rungs: BYTES_IEC, size: 1 },
  bytes: { rungs: BYTES_IEC, size: 1 },
  'B/s': { rungs: BYTE_RATE_IEC, size: 1 },
  KB: { rungs: BYTES_SI, size: 1e3 },
  'KB/s': { rungs: BYTE_RATE_SI, size: 1e3 },
  'b/s': { rungs: BIT_RATE, size: 1 },
  bps: { rungs: BIT_RATE, size: 1 },
  Kbps: { rungs: BIT_RATE, size: 1e3 },
  kbps: { rungs: BIT_RATE, size: 1e3 },
  Mbps: { rungs: BIT_RATE, size: 1e6 },
  Gbps: { rungs: BIT_RATE, size: 1e9 },
};

/**
 * The scale a unit rescales on (its rungs, smallest first, each with its size in the scale's base
 * unit) and the unit's own size on it; null for a unit that does not rescale ('%', 'req/s', '').
 * @example unitScale('Mbps') // { rungs: [['bit/s', 1], ['kbit/s', 1000], ...], size: 1e6 }
 */
export function unitScale(unit: string): { rungs: readonly Rung[]; size: number } | null {
  return Object.hasOwn(SCALE_OF, unit) ? SCALE_OF[unit] : null;
}

/**
 * The kind of a unit string; '' and anything unrecognised are 'unknown'.
 * @example unitKind('MB/s') // 'bytesPerSecond'
 */
export function unitKind(unit: string): UnitKind {
  return KIND_OF[unit] ?? (unit.endsWith('/s') ? 'rate' : 'unknown');
}

/**
 * How a metric's name says its unit, by the naming conventions of Prometheus (`_seconds`,
 * `_bytes`, `_ratio`, `_percent`, `_total`), Telegraf and common exports (`cpu`, `mem_used_percent`,
 * `latency_ms`, `bytes_in`); '' when the name says nothing. A guess for unitless sources only:
 * a unit the source gives always wins (see seriesUnit).
 * @example unitFromName('node_network_receive_bytes_total') // 'B'
 */
export function unitFromName(metric: string): string {
  const name = metric.toLowerCase();
  if (/(_|^)(percent|pct|utili[sz]ation)(_|$)|percent$|^(cpu|mem|memory)(_usage)?$/.test(name)) {
    return '%';
  }
  if (/(_|^)(ms|millis(econds)?)(_|$)|latency_?ms|ms$/.test(name)) return 'ms';
  if (/(_|^)seconds(_|$)|_duration(_|$)|(_|^)latency(_|$)/.test(name)) return 's';
  if (/bytes?_per_second|_bps$/.test(name)) return 'B/s';
  if (/(_|^)(bytes|octets)(_|$)|octets$|bytes_(in|out|recv|sent)/.test(name)) return 'B';
  if (/(_|^)(requests?|hits|packets|errors|calls)(_total)?$|_total$|_count$/.test(name)) {
    return 'count';
  }
  return '';
}

/**
 * The unit a series is read in: its own when the source gave one, else the one its metric's name
 * implies (unitFromName).
 * @example seriesUnit('', 'cpu_usage') // '%'
 */
export function seriesUnit(unit: string, metric: string): string {
  return unit !== '' ? unit : unitFromName(metric);
}

/**
 * Whether a metric is a monotonic counter by its name (Prometheus's `_total`, SNMP's `Octets`/
 * `Pkts` counters such as ifHCInOctets, Telegraf's `bytes_recv`/`packets_sent`).
 * @example isCounterName('node_network_receive_bytes_total') // true
 */
export function isCounterName(metric: string): boolean {
  return /_total$|^if(hc)?(in|out)\w*(octets|pkts)$|^(net_)?(bytes|packets)_(recv|sent)$/i.test(
    metric,
  );
}

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
  KB: 'bytes',
  MB: 'bytes',
  GB: 'bytes',
  TB: 'bytes',
  'B/s': 'bytesPerSecond',
  'KB/s': 'bytesPerSecond',
  'MB/s': 'bytesPerSecond',
  'GB/s': 'bytesPerSecond',
  'b/s': 'bitsPerSecond',
  'bit/s': 'bitsPerSecond',
  bps: 'bitsPerSecond',
  Mbps: 'bitsPerSecond',
  b: 'count',
  count: 'count',
  requests: 'count',
  packets: 'count',
  'req/s': 'rate',
  '/s': 'rate',
  'ops/s': 'rate',
  'pkt/s': 'rate',
};

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

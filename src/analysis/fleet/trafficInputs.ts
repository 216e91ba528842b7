import { isDerived } from '../../model/labels';
import { unitKind } from '../../model/unit';
import { alignSeries } from '../align/alignSeries';
import { medianStep } from '../align/medianStep';
import type { TrafficCounters } from '../analyzeTraffic';
import { amountPerStep, amountRule } from '../rates/amountPerStep';
import type { MetricSeries } from '../views/NamedSeries';
import { trafficRole } from './metricRoles';

/** The seed's traffic counters found in a data set, summed across hosts and interfaces. */
export interface TrafficInputs {
  readonly counters: TrafficCounters;
  readonly samplingSeconds: number;
  /** The common time axis of the counters (epoch ms), or null when the samples are untimed. */
  readonly timeMs: Float64Array | null;
  /** Where the numbers came from, in words: metrics, how many series, how they were read. */
  readonly note: string;
}

/** Loopback and virtual interfaces carry no traffic off the host: left out of the sums. */
const LOCAL_DEVICE = /^(lo\d*|loopback.*|docker\d*|veth.*|virbr\d*)$/i;

/** Seconds between neighbouring samples of a timed axis (the median), else 60 (the seed's). */
function stepSeconds(timeMs: Float64Array | null): number {
  return timeMs === null || timeMs.length < 2 ? 60 : medianStep(timeMs) / 1000;
}

/** Sums the arrays at each step over those that have a value there; NaN where none does. */
function sumPresent(arrays: readonly Float64Array[], length: number): Float64Array {
  const out = new Float64Array(length).fill(NaN);
  for (const a of arrays) {
    for (let i = 0; i < length; i++) {
      const v = a[i];
      if (v === v) out[i] = out[i] === out[i] ? out[i] + v : v;
    }
  }
  return out;
}

/**
 * The seed's four traffic counters (bytes and packets, in and out, per sample) from the network
 * metrics of a data set: every series trafficRole() recognises (`node_network_receive_bytes_total`,
 * `ifHCInOctets`, `bytes_recv`, `net_bytes_sent`, ...) except loopback and virtual devices, aligned
 * in time, turned into amounts per step (counters' increases with resets handled as Prometheus's
 * rate() does, per-second rates times the step, bits into bytes) and summed across hosts and
 * interfaces (fleet aggregates and derived rates left out). A missing direction counts as 0, and
 * missing packets as NaN (no packet size).
 * @returns { reason } when there are no byte counters, or their series cannot be aligned.
 */
export function trafficInputs(series: readonly MetricSeries[]): TrafficInputs | { reason: string } {
  const found = series.flatMap((s) => {
    // Fleet aggregates and rates restate the source's own series: summing them would count twice.
    if (isDerived(s.labels)) return [];
    const role = trafficRole(s);
    const device = s.labels.device ?? s.labels.interface ?? '';
    return role && !LOCAL_DEVICE.test(device) ? [{ s, role }] : [];
  });
  if (!found.some((f) => f.role.quantity === 'bytes')) {
    return {
      reason:
        'needs network byte counters or rates (e.g. node_network_receive_bytes_total, ifHCInOctets, bytes_in, bytes_out)',
    };
  }
  const aligned = alignSeries(found.map((f) => f.s));
  if ('reason' in aligned)
    return { reason: `the network series cannot be compared: ${aligned.reason}` };
  const length = aligned.values[0].length;
  const samplingSeconds = stepSeconds(aligned.timeMs);
  const rules = new Set<string>();
  const group = (quantity: 'bytes' | 'packets', direction: 'in' | 'out') =>
    found.flatMap((f, k) => {
      if (f.role.quantity !== quantity || f.role.direction !== direction) return [];
      const rule = amountRule(f.s);
      rules.add(
        rule === 'counter'
          ? 'counters as increases'
          : rule === 'rate'
            ? 'rates times the step'
            : 'values as amounts per sample',
      );
      const scale = unitKind(f.s.unit) === 'bitsPerSecond' ? 1 / 8 : 1;
      return [amountPerStep(aligned.values[k], aligned.timeMs, rule, scale)];
    });
  const total = (arrays: Float64Array[], missing: number) =>
    arrays.length > 0 ? sumPresent(arrays, length) : new Float64Array(length).fill(missing);
  const metrics = [...new Set(found.map((f) => f.s.metric))];
  return {
    counters: {
      bytesIn: total(group('bytes', 'in'), 0),
      bytesOut: total(group('bytes', 'out'), 0),
      packetsIn: total(group('packets', 'in'), NaN),
      packetsOut: total(group('packets', 'out'), NaN),
    },
    samplingSeconds,
    timeMs: aligned.timeMs,
    note: `${found.length} series of ${metrics.join(', ')} summed (${[...rules].join('; ')}); ${aligned.note}`,
  };
}

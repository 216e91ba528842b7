import type { TrafficView } from '../../analysis/views/trafficView';
import { csvText, isoTime, type CsvCell } from './csvText';

/**
 * The Network traffic panel's bandwidth line and spikes as CSV, in time order: the time (ISO-8601
 * UTC) or sample index, the bandwidth drawn in Mbps, and the spike's bandwidth where a sample is a
 * spike (else empty). A spike at a sample the line does not draw (a long series comes as the min
 * and max of each pixel column) gets a row of its own with the bandwidth empty.
 * @example trafficCsv(view).split('\r\n')[0] // 'time,bandwidth (Mbps),spike (Mbps)'
 */
export function trafficCsv(view: TrafficView): string {
  const { bandwidth, spikes } = view;
  const timed = bandwidth.xKind === 'time';
  const at = (x: number): CsvCell => (timed ? isoTime(x) : x);
  const rows: CsvCell[][] = [];
  let s = 0;
  for (let i = 0; i < bandwidth.x.length; i++) {
    const x = bandwidth.x[i];
    for (; s < spikes.x.length && spikes.x[s] < x; s++)
      rows.push([at(spikes.x[s]), null, spikes.y[s]]);
    const spike = s < spikes.x.length && spikes.x[s] === x ? spikes.y[s++] : null;
    rows.push([at(x), bandwidth.y[i], spike]);
  }
  for (; s < spikes.x.length; s++) rows.push([at(spikes.x[s]), null, spikes.y[s]]);
  return csvText([timed ? 'time' : 'index', 'bandwidth (Mbps)', 'spike (Mbps)'], rows);
}

import type { FarmView } from '../../analysis/views/farmView';
import { csvText, withUnit, type CsvCell } from './csvText';

/**
 * The Server farm panel's servers as CSV, every one of them, most loaded first (the table lists the
 * first ten): rank (1 = highest health score), server, its mean of each farm metric in the metric's
 * unit, the health score, and, where the farm has CPU % or memory % metrics, whether the server is
 * over the High CPU or High memory line (true/false).
 * @example farmCsv(view).split('\r\n')[0] // 'rank,server,cpu (%),memory (%),disk_io (MB/s),score,high cpu,high memory'
 */
export function farmCsv(view: FarmView): string {
  const { health, metrics, cpuMetric, memoryMetric } = view;
  const highCpu = new Set(health.highCpu.map((s) => s.index));
  const highMemory = new Set(health.highMemory.map((s) => s.index));
  const count = metrics.length;
  const header = [
    'rank',
    'server',
    ...metrics.map((m) => withUnit(m.key, m.unit)),
    'score',
    ...(cpuMetric !== null ? ['high cpu'] : []),
    ...(memoryMetric !== null ? ['high memory'] : []),
  ];
  const rows = health.ranking.map((server, rank): CsvCell[] => [
    rank + 1,
    server.name,
    ...metrics.map((_, m) => health.means.data[server.index * count + m]),
    server.value,
    ...(cpuMetric !== null ? [String(highCpu.has(server.index))] : []),
    ...(memoryMetric !== null ? [String(highMemory.has(server.index))] : []),
  ]);
  return csvText(header, rows);
}

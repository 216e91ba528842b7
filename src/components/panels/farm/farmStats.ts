import type { FarmView } from '../../../analysis/views/farmView';
import { formatCount, formatCountOf, formatValue } from '../../../charts/formatNumber';
import type { PanelParams } from '../../../store/panels';
import type { Stat } from '../common/StatCards';

/** The lines a farm is checked against: CPU % and memory %, where it has those metrics. */
export interface AlertLine {
  readonly name: 'CPU' | 'memory';
  readonly param: 'cpuHigh' | 'memHigh';
  readonly flagged: FarmView['health']['highCpu'];
}

/** The farm's alert lines: High CPU when it has a CPU % metric, High memory when a memory % one. */
export function alertLines(view: FarmView): AlertLine[] {
  const lines: AlertLine[] = [];
  if (view.cpuMetric !== null) {
    lines.push({ name: 'CPU', param: 'cpuHigh', flagged: view.health.highCpu });
  }
  if (view.memoryMetric !== null) {
    lines.push({ name: 'memory', param: 'memHigh', flagged: view.health.highMemory });
  }
  return lines;
}

/**
 * The Server farm panel's key figures: servers and metrics, the servers over each alert line set
 * in `params`, and the servers unlike their peers (from 3 servers up).
 */
export function farmStats(
  view: FarmView,
  params: Pick<PanelParams['farm'], 'cpuHigh' | 'memHigh'>,
): Stat[] {
  const peers = view.peers;
  return [
    { label: 'Servers', value: formatCount(view.order.length) },
    { label: 'Metrics', value: formatCount(view.metrics.length) },
    ...alertLines(view).map((line) => ({
      label: `High ${line.name}`,
      value: `${formatCount(line.flagged.length)} over ${formatValue(params[line.param], '%')}`,
      alert: line.flagged.length > 0,
    })),
    ...(peers
      ? [
          {
            label: 'Peer outliers',
            value: formatCountOf(peers.hosts, 'server'),
            alert: peers.hosts > 0,
          },
        ]
      : []),
  ];
}

import type { ServerHealthResult } from '../../../analysis/analyzeServerHealth';
import type { FarmMetric } from '../../../analysis/fleet/buildFarm';
import { formatValue } from '../../../charts/formatNumber';
import { TableScroll } from '../common/TableScroll';

/** Servers listed in the ranking table. */
const LISTED = 10;

/** Props of WorstServers. */
export interface WorstServersProps {
  health: ServerHealthResult;
  /** The farm's metrics, in the order of health.means' columns. */
  metrics: readonly FarmMetric[];
}

/**
 * The most loaded servers, worst first, with each metric's mean (in its unit) and the health
 * score; servers over the CPU or memory line are highlighted and badged.
 */
export function WorstServers({ health, metrics }: WorstServersProps) {
  const highCpu = new Set(health.highCpu.map((s) => s.index));
  const highMemory = new Set(health.highMemory.map((s) => s.index));
  const count = metrics.length;
  const mean = (server: number, metric: number) => health.means.data[server * count + metric];
  return (
    <TableScroll label="Most loaded servers">
      <table className="data-table">
        <caption>Most loaded servers</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col" className="text">
              Server
            </th>
            {metrics.map((m) => (
              <th scope="col" key={m.key}>
                {m.key}
              </th>
            ))}
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {health.ranking.slice(0, LISTED).map((server, rank) => {
            const flagged = highCpu.has(server.index) || highMemory.has(server.index);
            return (
              <tr key={server.index} className={flagged ? 'flagged' : undefined}>
                <td>{rank + 1}</td>
                <th scope="row">
                  {server.name}
                  {highCpu.has(server.index) && <span className="badge">high CPU</span>}
                  {highMemory.has(server.index) && <span className="badge">high memory</span>}
                </th>
                {metrics.map((m, i) => (
                  <td key={m.key}>{formatValue(mean(server.index, i), m.unit)}</td>
                ))}
                <td>{formatValue(server.value, '')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

import type { ServerHealthResult } from '../../../analysis/analyzeServerHealth';
import { formatValue } from '../../../charts/formatNumber';

/** Servers listed in the ranking table. */
const LISTED = 10;

/**
 * The most loaded servers, worst first, with their CPU, memory and disk I/O means and health
 * score; servers over the CPU or memory line are highlighted and badged.
 */
export function WorstServers({ health }: { health: ServerHealthResult }) {
  const highCpu = new Set(health.highCpu.map((s) => s.index));
  const highMemory = new Set(health.highMemory.map((s) => s.index));
  const mean = (server: number, metric: number) => health.means.data[server * 3 + metric];
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Most loaded servers</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col" className="text">
              Server
            </th>
            <th scope="col">CPU</th>
            <th scope="col">Memory</th>
            <th scope="col">Disk I/O</th>
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
                <td>{formatValue(mean(server.index, 0), '%')}</td>
                <td>{formatValue(mean(server.index, 1), '%')}</td>
                <td>{formatValue(mean(server.index, 2), 'MB/s')}</td>
                <td>{formatValue(server.value, '')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

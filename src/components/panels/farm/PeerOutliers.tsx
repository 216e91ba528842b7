import { MIN_PEERS, type FarmPeers } from '../../../analysis/views/farmPeers';
import type { FarmView } from '../../../analysis/views/farmView';
import { formatCount, formatCountOf, formatTime } from '../../../charts/formatNumber';
import { useMetricscope } from '../../../store/state';
import { peerRunWords, signedPercent } from './peerRunWords';
import { TableScroll } from '../common/TableScroll';

/** Props of PeerOutliers. */
export interface PeerOutliersProps {
  /** The farm's peer outliers, or null when it has too few servers to compare. */
  peers: FarmPeers | null;
  /** Servers in the farm. */
  servers: number;
  time: FarmView['time'];
}

/**
 * The servers that behaved unlike their peers on the metric drawn: the rule in one line, the
 * largest run in words, and a table of the largest runs (server, from, to, peak σ, distance from
 * the fleet median at the peak), times in the display time zone on a timed farm, else first and
 * last step. With fewer than MIN_PEERS servers it says so instead.
 */
export function PeerOutliers({ peers, servers, time }: PeerOutliersProps) {
  const timeZone = useMetricscope((s) => s.timeZone);
  if (peers === null) {
    return (
      <p className="muted">
        {`Peer comparison needs at least ${MIN_PEERS} servers; this farm has ${formatCount(servers)}.`}
      </p>
    );
  }
  const { runs, count, window, threshold } = peers;
  const zone = timeZone === 'utc' ? 'UTC' : 'local';
  const [from, to] = time ? [`From (${zone})`, `To (${zone})`] : ['From step', 'To step'];
  const listed = runs.length < count ? `, the ${formatCount(runs.length)} largest listed` : '';
  const found = `${formatCountOf(count, 'run')} on ${formatCountOf(peers.hosts, 'server')}${listed}`;
  return (
    <>
      <p className="panel-note">
        {`Peer outliers: each server's robust z against the fleet's median and MAD at every step, ` +
          `averaged over ${formatCountOf(window, 'step')}, beyond ±${threshold.toFixed(1)} σ.`}
      </p>
      {runs.length === 0 ? (
        <p className="muted">No server stood apart from its peers.</p>
      ) : (
        <>
          <p className="panel-note">{`${found}. Largest: ${peerRunWords(runs[0], time, timeZone)}.`}</p>
          <TableScroll label="Peer outliers" tall>
            <table className="data-table">
              <caption>Peer outliers</caption>
              <thead>
                <tr>
                  <th scope="col" className="text">
                    Server
                  </th>
                  <th scope="col">{from}</th>
                  <th scope="col">{to}</th>
                  <th scope="col">Peak</th>
                  <th scope="col">vs fleet median</th>
                </tr>
              </thead>
              <tbody>
                {runs.map((run) => (
                  <tr key={`${run.host} ${run.from}`}>
                    <th scope="row">{run.host}</th>
                    <td>{time ? formatTime(run.from, timeZone) : formatCount(run.from)}</td>
                    <td>{time ? formatTime(run.to, timeZone) : formatCount(run.to - 1)}</td>
                    <td>{`${run.peak < 0 ? '−' : '+'}${Math.abs(run.peak).toFixed(1)} σ`}</td>
                    <td>{signedPercent(run.relative)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </>
  );
}

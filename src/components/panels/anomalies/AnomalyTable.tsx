import type { AnomalyView } from '../../../analysis/views/anomalyView';
import { formatCount, formatTime, formatValue } from '../../../charts/formatNumber';
import { useMetricscope } from '../../../store/state';
import { TableScroll } from '../common/TableScroll';

/**
 * The flagged points with the highest anomaly scores, highest first: when (date-time in the display
 * time zone, named in the column heading, on a timed series; else the sample index), why in words
 * ("3.8σ above the expected value for 14:00"; "level shift down by 62 %"), the value, what the
 * detector expected, and the score.
 */
export function AnomalyTable({ view }: { view: AnomalyView }) {
  const { unit, xKind } = view.series;
  const timeZone = useMetricscope((s) => s.timeZone);
  if (view.rows.length === 0) return <p className="muted">No anomalies at this threshold.</p>;
  return (
    <TableScroll label="Anomalies found" tall>
      <table className="data-table">
        <caption>
          {view.rows.length < view.count
            ? `The ${formatCount(view.rows.length)} strongest of ${formatCount(view.count)} anomalies`
            : 'Anomalies, strongest first'}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              {xKind === 'time' ? `Time (${timeZone === 'utc' ? 'UTC' : 'local'})` : 'Index'}
            </th>
            <th scope="col" className="text">
              Why
            </th>
            <th scope="col">Value</th>
            <th scope="col">Expected</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.index} data-kind={row.kind}>
              <td>{xKind === 'time' ? formatTime(row.x, timeZone) : formatCount(row.index)}</td>
              <td className="text">{row.words}</td>
              <td>{formatValue(row.value, unit)}</td>
              <td>{formatValue(row.expected, unit)}</td>
              <td>{row.score.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

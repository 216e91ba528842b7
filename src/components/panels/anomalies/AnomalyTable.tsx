import type { AnomalyView } from '../../../analysis/views/anomalyView';
import { formatCount, formatTime, formatValue } from '../../../charts/formatNumber';
import { useMetricscope } from '../../../store/state';

/**
 * The anomalies with the largest deviations, in time order: when (date-time in the display time
 * zone, named in the column heading, on a timed series; else the sample index), the value, what the
 * window expected, and the deviation in σ.
 */
export function AnomalyTable({ view }: { view: AnomalyView }) {
  const { unit, xKind } = view.series;
  const timeZone = useMetricscope((s) => s.timeZone);
  if (view.rows.length === 0) return <p className="muted">No anomalies at this threshold.</p>;
  return (
    <div className="table-scroll table-scroll-tall">
      <table className="data-table">
        <caption>
          {view.rows.length < view.count
            ? `The ${formatCount(view.rows.length)} largest of ${formatCount(view.count)} anomalies`
            : 'Anomalies'}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              {xKind === 'time' ? `Time (${timeZone === 'utc' ? 'UTC' : 'local'})` : 'Index'}
            </th>
            <th scope="col">Value</th>
            <th scope="col">Expected</th>
            <th scope="col">Deviation</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.index}>
              <td>{xKind === 'time' ? formatTime(row.x, timeZone) : formatCount(row.index)}</td>
              <td>{formatValue(row.value, unit)}</td>
              <td>{formatValue(row.expected, unit)}</td>
              <td>{row.deviation.toFixed(2)} σ</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

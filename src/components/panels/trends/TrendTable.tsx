import type { TrendDirection } from '../../../analysis/detectTrend';
import type { TrendsView } from '../../../analysis/views/trendsView';
import { formatPValue, formatValue } from '../../../charts/formatNumber';
import { TableScroll } from '../common/TableScroll';

const DIRECTION: Record<TrendDirection, string> = {
  up: '↑ up',
  down: '↓ down',
  flat: '→ flat',
};

/**
 * One row per metric: its trend's slope (per hour on a timed series, else per sample), direction
 * (up or down only when significant), p-value and r².
 */
export function TrendTable({ trends }: { trends: TrendsView['trends'] }) {
  return (
    <TableScroll label="Trend per metric">
      <table className="data-table">
        <caption>Trend per metric</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Slope</th>
            <th scope="col">Direction</th>
            <th scope="col">p-value</th>
            <th scope="col">r²</th>
          </tr>
        </thead>
        <tbody>
          {trends.map(({ name, unit, trend }) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>
                {trend.unit === 'ms'
                  ? `${formatValue(trend.slopePerHour, unit)}/h`
                  : `${formatValue(trend.slope, unit)}/sample`}
              </td>
              <td className={`direction direction-${trend.direction}`}>
                {DIRECTION[trend.direction]}
              </td>
              <td>{formatPValue(trend.pValue)}</td>
              <td>{trend.rSquared.toFixed(3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

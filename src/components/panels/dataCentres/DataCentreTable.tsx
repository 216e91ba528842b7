import type { DataCentresView } from '../../../analysis/views/dataCentresView';
import { formatCount, formatValue } from '../../../charts/formatNumber';
import { TableScroll } from '../common/TableScroll';

/**
 * Each data centre's traffic, traffic share and readings (a dash where it reports none), and a
 * last row of traffic-weighted averages with the share of traffic behind each.
 */
export function DataCentreTable({ view }: { view: DataCentresView }) {
  const { aggregate, dataCentres } = view;
  return (
    <TableScroll label="Readings per data centre">
      <table className="data-table">
        <caption>Readings per data centre</caption>
        <thead>
          <tr>
            <th scope="col">Data centre</th>
            <th scope="col">Traffic</th>
            <th scope="col">Share</th>
            {aggregate.metricNames.map((metric) => (
              <th scope="col" key={metric}>
                {metric}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dataCentres.map((dc, i) => (
            <tr key={dc.name}>
              <th scope="row">{dc.name}</th>
              <td>{formatCount(dc.traffic)}</td>
              <td>{formatValue(aggregate.weightShares[i] * 100, '%')}</td>
              {aggregate.metricNames.map((metric) => (
                <td key={metric}>
                  {formatValue(dc.metrics[metric] ?? NaN, view.units[metric] ?? '')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Weighted average</th>
            <td>{formatCount(aggregate.totalTraffic)}</td>
            <td>{formatValue(100, '%')}</td>
            {aggregate.metricNames.map((metric, m) => (
              <td key={metric}>
                {formatValue(aggregate.averages[m], view.units[metric] ?? '')}
                {aggregate.coverage[m] < 1 && (
                  <span className="coverage">
                    {formatValue(aggregate.coverage[m] * 100, '%')} of traffic
                  </span>
                )}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

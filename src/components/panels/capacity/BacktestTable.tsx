import type { CapacityBacktest } from '../../../analysis/views/capacityView';
import { FORECAST_METHOD_NAMES } from '../../../charts/capacityOption';
import { formatCountOf, formatNumber, formatValue } from '../../../charts/formatNumber';
import { TableScroll } from '../common/TableScroll';

/**
 * The backtest on the user's own series: per method its MASE and MAPE on the held-out last days (a
 * dash where one cannot be computed), the seasonal naive forecast named as the reference and the
 * offered method with the lower MASE badged as recommended, then how to read the figures. `period`
 * is the season the backtest used.
 */
export function BacktestTable({
  backtest,
  period,
}: {
  backtest: CapacityBacktest;
  period: number;
}) {
  const { heldOutDays, trainingDays, scores, recommended } = backtest;
  const season = period > 1 ? `season ${formatCountOf(period, 'day', 'days')}` : 'no season found';
  return (
    <>
      <TableScroll label="Backtest">
        <table className="data-table">
          <caption>
            Backtest: the last {formatCountOf(heldOutDays, 'day', 'days')} forecast from the{' '}
            {formatCountOf(trainingDays, 'day', 'days')} before them ({season})
          </caption>
          <thead>
            <tr>
              <th scope="col">Method</th>
              <th scope="col">MASE</th>
              <th scope="col">MAPE</th>
            </tr>
          </thead>
          <tbody>
            {scores.map(({ method, mase, mape }) => (
              <tr key={method}>
                <th scope="row">
                  {FORECAST_METHOD_NAMES[method]}
                  {method === 'seasonalNaive' && ' (reference)'}
                  {method === recommended && <span className="badge badge-good">recommended</span>}
                </th>
                <td>{formatNumber(mase ?? NaN)}</td>
                <td>{formatValue(mape ?? NaN, '%')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="panel-note">
        MASE: the error on the held-out days over the seasonal naive forecast’s error one season
        ahead on the days before; lower is better, under 1 beats the seasonal naive forecast. MAPE:
        the error in percent of usage, a dash where usage is near zero.
      </p>
    </>
  );
}

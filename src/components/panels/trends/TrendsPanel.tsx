import { correlationOption } from '../../../charts/correlationOption';
import { ChartFrame } from '../../chart/ChartFrame';
import { Panel } from '../common/Panel';
import { TrendTable } from './TrendTable';
import { useOption } from '../../chart/useOption';
import { useResult } from '../common/useResult';

/** Pairs listed under the correlation heatmap. */
const STRONGEST = 3;

/**
 * Trends & correlation: a least-squares trend per metric with its significance, the correlation
 * matrix across the metrics, and the pairs that move together most.
 */
export function TrendsPanel() {
  const view = useResult('trends');
  const option = useOption(view?.correlation ?? undefined, correlationOption);
  return (
    <Panel panel="trends" wide>
      <div className="trends-layout">
        {view && <TrendTable trends={view.trends} />}
        <div>
          {view && (
            <p className="panel-note" data-no-chart={view.correlation === null ? '' : undefined}>
              {view.correlationNote}
            </p>
          )}
          {view?.correlation !== null && (
            <ChartFrame
              name="Correlation heatmap"
              file="trends"
              option={option}
              className="chart chart-square"
            />
          )}
          {view?.correlation && (
            <ol className="pairs" aria-label="Strongest correlations">
              {view.correlation.pairs.slice(0, STRONGEST).map((pair) => (
                <li key={`${pair.a}\u0000${pair.b}`}>
                  {pair.a} ↔ {pair.b}: r = {pair.r.toFixed(2)}
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </Panel>
  );
}

import { whereBenchOption } from '../../../charts/whereBenchOption';
import { refresh } from '../../../store/refresh';
import { ChartFrame } from '../../chart/ChartFrame';
import { Panel } from '../common/Panel';
import { StatCards } from '../common/StatCards';
import { useOption } from '../../chart/useOption';
import { useResult } from '../common/useResult';
import { whereBenchStats } from './whereBenchStats';

/**
 * Vectorised vs loop: the seed's np.where transform timed against a per-element loop in the
 * worker, as medians over repeated runs; "Run again" measures afresh.
 */
export function WhereBenchPanel() {
  const view = useResult('whereBench');
  const option = useOption(view, whereBenchOption);
  return (
    <Panel panel="whereBench">
      <div className="controls">
        <button type="button" onClick={() => void refresh('whereBench')}>
          Run again
        </button>
      </div>
      {view && <StatCards stats={whereBenchStats(view)} />}
      <ChartFrame name="Vectorised vs loop chart" file="where-bench" option={option} />
    </Panel>
  );
}

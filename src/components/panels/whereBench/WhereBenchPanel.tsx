import { formatCount, formatValue } from '../../../charts/formatNumber';
import { whereBenchOption } from '../../../charts/whereBenchOption';
import { refresh } from '../../../store/refresh';
import { EChart } from '../../chart/EChart';
import { Panel } from '../common/Panel';
import { StatCards } from '../common/StatCards';
import { useOption } from '../../chart/useOption';
import { useResult } from '../common/useResult';

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
      {view && (
        <StatCards
          stats={[
            { label: 'Vectorised', value: formatValue(view.vectorisedMs, 'ms') },
            { label: 'Loop', value: formatValue(view.loopMs, 'ms') },
            { label: 'Speed-up', value: `${formatValue(view.speedup, '')} ×` },
            { label: 'Size', value: `${formatCount(view.n)} values` },
          ]}
        />
      )}
      <EChart name="Vectorised vs loop chart" option={option} />
    </Panel>
  );
}

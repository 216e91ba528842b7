import type { ServerLoad } from '../../../analysis/analyzeLoadDistribution';
import { formatCount } from '../../../charts/formatNumber';
import { loadBalanceOption } from '../../../charts/loadBalanceOption';
import { SLIDER_RANGES } from '../../../store/paramRanges';
import { setParams } from '../../../store/refresh';
import { ChartFrame } from '../../chart/ChartFrame';
import { Panel } from '../common/Panel';
import { Slider } from '../common/Slider';
import { StatCards } from '../common/StatCards';
import { useOption } from '../../chart/useOption';
import { usePanelParams } from '../common/usePanelParams';
import { useResult } from '../common/useResult';
import { loadBalanceStats } from './loadBalanceStats';

const TOLERANCE = SLIDER_RANGES.loadBalance.tolerance;

const listed = (servers: readonly ServerLoad[]) =>
  servers.length === 0
    ? 'none'
    : servers.map((s) => `${s.name} (${formatCount(s.count)})`).join(', ');

/**
 * Load balancer: requests per server against an even spread, its CV and chi-square test, and the
 * servers outside the tolerance band the slider sets.
 */
export function LoadBalancerPanel() {
  const params = usePanelParams('loadBalance');
  const view = useResult('loadBalance');
  const option = useOption(view, loadBalanceOption);
  return (
    <Panel panel="loadBalance">
      <div className="controls">
        <Slider
          label="Imbalance tolerance"
          value={params.tolerance}
          scale={100}
          min={TOLERANCE.min * 100}
          max={TOLERANCE.max * 100}
          format={(shown) => `± ${shown.toFixed(0)} %`}
          onChange={(tolerance) => setParams('loadBalance', { tolerance })}
        />
      </div>
      {view && (
        <>
          <StatCards stats={loadBalanceStats(view)} />
          <ul className="findings">
            <li>
              <strong>Overloaded</strong> (over {formatCount(view.upperLimit)} requests):{' '}
              {listed(view.overloaded)}
            </li>
            <li>
              <strong>Underutilised</strong> (under {formatCount(view.lowerLimit)} requests):{' '}
              {listed(view.underutilised)}
            </li>
          </ul>
        </>
      )}
      <ChartFrame name="Load balancer chart" file="load-balance" option={option} />
      {view && <p className="panel-note">{view.note}</p>}
    </Panel>
  );
}

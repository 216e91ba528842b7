import type { ServerLoad } from '../../../analysis/analyzeLoadDistribution';
import { formatCount, formatPValue, formatValue } from '../../../charts/formatNumber';
import { loadBalanceOption } from '../../../charts/loadBalanceOption';
import { SLIDER_RANGES } from '../../../store/paramRanges';
import { setParams } from '../../../store/refresh';
import { EChart } from '../../chart/EChart';
import { Panel } from '../common/Panel';
import { Slider } from '../common/Slider';
import { StatCards } from '../common/StatCards';
import { useOption } from '../../chart/useOption';
import { usePanelParams } from '../common/usePanelParams';
import { useResult } from '../common/useResult';

/** "p = 0.043", or "p < 0.001" below the reporting floor. */
function pText(p: number): string {
  const formatted = formatPValue(p);
  return formatted.startsWith('<') ? `p ${formatted}` : `p = ${formatted}`;
}

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
          <StatCards
            stats={[
              { label: 'CV', value: formatValue(view.cv * 100, '%') },
              {
                label: 'χ²',
                value: `${formatValue(view.chiSquare, '')} (${pText(view.pValue)})`,
              },
              { label: 'Balanced', value: view.balanced ? 'yes' : 'no', alert: !view.balanced },
            ]}
          />
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
      <EChart name="Load balancer chart" option={option} />
      {view && <p className="panel-note">{view.note}</p>}
    </Panel>
  );
}

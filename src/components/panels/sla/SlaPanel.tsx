import { useMemo } from 'react';
import { formatValue } from '../../../charts/formatNumber';
import { slaHistogramOption } from '../../../charts/slaHistogramOption';
import { SLIDER_RANGES } from '../../../store/paramRanges';
import { setParams } from '../../../store/refresh';
import { EChart } from '../../chart/EChart';
import { Panel } from '../common/Panel';
import { SeriesPicker } from '../common/SeriesPicker';
import { Slider } from '../common/Slider';
import { StatCards } from '../common/StatCards';
import { useCatalogueSeries } from '../common/useCatalogueSeries';
import { useChartTheme } from '../../chart/useChartTheme';
import { usePanelParams } from '../common/usePanelParams';
import { useResult } from '../common/useResult';

const ms = (value: number) => `${value} ms`;

/**
 * SLA & Apdex: latency percentiles after the IQR outlier filter, compliance with the SLA target and
 * the Apdex score, over a histogram with the target marked; target and Apdex T are what-if sliders
 * in ms, applied to a series of seconds as well (see slaView).
 */
export function SlaPanel() {
  const params = usePanelParams('sla');
  const view = useResult('sla');
  const theme = useChartTheme();
  const { target } = params;
  const unit = useCatalogueSeries(params.series)?.unit ?? '';
  const option = useMemo(
    () => view && slaHistogramOption(view, theme, view.target, unit),
    [view, theme, unit],
  );
  return (
    <Panel panel="sla">
      <div className="controls">
        <SeriesPicker
          value={params.series}
          onChange={(series) => setParams('sla', { series: series.name })}
        />
        <Slider
          label="SLA target (ms)"
          value={target}
          {...SLIDER_RANGES.sla.target}
          format={ms}
          onChange={(value) => setParams('sla', { target: value })}
        />
        <Slider
          label="Apdex T (ms)"
          value={params.apdexT}
          {...SLIDER_RANGES.sla.apdexT}
          format={ms}
          onChange={(apdexT) => setParams('sla', { apdexT })}
        />
      </div>
      {view && (
        <StatCards
          stats={[
            { label: 'p50', value: formatValue(view.percentiles.p50, unit) },
            { label: 'p90', value: formatValue(view.percentiles.p90, unit) },
            { label: 'p95', value: formatValue(view.percentiles.p95, unit) },
            { label: 'p99', value: formatValue(view.percentiles.p99, unit) },
            { label: 'p99.9', value: formatValue(view.percentiles.p999, unit) },
            { label: 'Compliance', value: formatValue(view.compliance * 100, '%') },
            {
              label: 'Apdex',
              value: `${view.apdex.toFixed(2)} ${view.rating}`,
              alert: view.apdex < 0.7,
            },
          ]}
        />
      )}
      <EChart name="SLA latency histogram" option={option} />
    </Panel>
  );
}

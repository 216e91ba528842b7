import { useMemo } from 'react';
import { slaHistogramOption } from '../../../charts/slaHistogramOption';
import { SLIDER_RANGES } from '../../../store/paramRanges';
import { setParams } from '../../../store/refresh';
import { ChartFrame } from '../../chart/ChartFrame';
import { Panel } from '../common/Panel';
import { SeriesPicker } from '../common/SeriesPicker';
import { Slider } from '../common/Slider';
import { StatCards } from '../common/StatCards';
import { useCatalogueSeries } from '../common/useCatalogueSeries';
import { useChartTheme } from '../../chart/useChartTheme';
import { usePanelParams } from '../common/usePanelParams';
import { useResult } from '../common/useResult';
import { slaStats } from './slaStats';

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
      {view && <StatCards stats={slaStats(view, unit)} />}
      <ChartFrame name="SLA latency histogram" file="sla" option={option} />
    </Panel>
  );
}

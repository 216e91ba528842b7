import { useId, useRef } from 'react';
import { useMetricscope } from '../../store/state';
import { EChart, type EChartProps } from './EChart';
import { chartPng, chartSvg } from './echarts';
import { dataUrlBlob, downloadBlob, exportFileName } from './download';
import { useChartTheme } from './useChartTheme';

/** Props of ChartFrame: EChart's, and how its exported files are named. */
export interface ChartFrameProps extends EChartProps {
  /** The files' middle part: 'anomalies' gives metricscope-anomalies-2024-03-04.png. */
  file: string;
  /**
   * Why the chart is offered as PNG only, when an SVG would not be faithful (the farm heatmap's
   * cells are one painted image); said in the PNG button's description and tooltip.
   */
  pngOnly?: string;
}

/**
 * An EChart with two buttons above it that download it as PNG (what the canvas shows, at twice its
 * size, on the theme's background) and as SVG (the same option drawn by ECharts' SVG renderer at
 * the chart's size), named "Download <chart name> as PNG" / "as SVG". Both are disabled until the
 * chart has an option to draw. Files are named by exportFileName and dated in the display time zone.
 */
export function ChartFrame({ file, pngOnly, ...chart }: ChartFrameProps) {
  const frame = useRef<HTMLDivElement>(null);
  const whyId = useId();
  const { background } = useChartTheme();
  const timeZone = useMetricscope((s) => s.timeZone);
  const { name, option } = chart;
  const element = () => frame.current?.querySelector<HTMLElement>('[data-chart]') ?? null;
  const fileName = (extension: string) => exportFileName(file, extension, Date.now(), timeZone);

  const savePng = () => {
    const el = element();
    const url = el && chartPng(el, background);
    if (url) downloadBlob(dataUrlBlob(url), fileName('png'));
  };
  const saveSvg = () => {
    const el = element();
    // A chart not laid out (hidden) has nothing to draw at.
    if (!el || !option || el.clientWidth === 0 || el.clientHeight === 0) return;
    const svg = chartSvg(option, el.clientWidth, el.clientHeight, background);
    downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), fileName('svg'));
  };

  return (
    <div className="chart-frame" ref={frame}>
      <div className="chart-export" role="group" aria-label={`Export ${name}`}>
        <button
          type="button"
          className="secondary"
          disabled={!option}
          aria-label={`Download ${name} as PNG`}
          aria-describedby={pngOnly ? whyId : undefined}
          title={pngOnly}
          onClick={savePng}
        >
          PNG
        </button>
        {pngOnly ? (
          <span id={whyId} className="visually-hidden">
            {pngOnly}
          </span>
        ) : (
          <button
            type="button"
            className="secondary"
            disabled={!option}
            aria-label={`Download ${name} as SVG`}
            onClick={saveSvg}
          >
            SVG
          </button>
        )}
      </div>
      <EChart {...chart} />
    </div>
  );
}

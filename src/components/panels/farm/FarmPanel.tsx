import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { FarmView } from '../../../analysis/views/farmView';
import {
  FARM_AXES_PX,
  farmCellTooltip,
  farmHeatmapOption,
} from '../../../charts/farmHeatmapOption';
import { formatCountOf, formatValue } from '../../../charts/formatNumber';
import type { ChartTheme } from '../../../charts/theme';
import { SLIDER_RANGES } from '../../../store/paramRanges';
import { setParams } from '../../../store/refresh';
import { store, useMetricscope } from '../../../store/state';
import { Slider } from '../common/Slider';
import { canvasFromPixels } from '../../chart/canvasFromPixels';
import { ChartFrame } from '../../chart/ChartFrame';
import { Panel } from '../common/Panel';
import { StatCards } from '../common/StatCards';
import { useOption } from '../../chart/useOption';
import { useChartTheme } from '../../chart/useChartTheme';
import { usePanelParams } from '../common/usePanelParams';
import { useResult } from '../common/useResult';
import { alertLines, farmStats } from './farmStats';
import { PeerOutliers } from './PeerOutliers';
import { WorstServers } from './WorstServers';

// A heatmap cell needs about 6 px of height and 3 px of width to be seen; beyond 200 x 480 cells
// the worker's aggregation costs more than the picture gains.
const CELL_HEIGHT_PX = 6;
const CELL_WIDTH_PX = 3;
const MAX_ROWS = 200;
const MAX_COLUMNS = 480;

/**
 * Heatmap cells that fit the plot of a chart area of width x height CSS pixels (the area less its
 * axes and legend), so that no cell is too thin to get a pixel.
 */
function cellsFor(width: number, height: number) {
  const plot = { width: width - FARM_AXES_PX.width, height: height - FARM_AXES_PX.height };
  return {
    maxRows: Math.min(MAX_ROWS, Math.floor(plot.height / CELL_HEIGHT_PX)),
    maxColumns: Math.min(MAX_COLUMNS, Math.floor(plot.width / CELL_WIDTH_PX)),
  };
}

/**
 * Asks for the farm again with as many heatmap cells as a chart of width x height has room for,
 * unless it was asked with those already (or the chart has no room, or no data set is shown).
 */
function askForCells(width: number, height: number): void {
  const farm = store.getState().params?.farm;
  const cells = cellsFor(width, height);
  if (!farm || cells.maxRows < 1 || cells.maxColumns < 1) return;
  if (cells.maxRows !== farm.maxRows || cells.maxColumns !== farm.maxColumns) {
    setParams('farm', cells);
  }
}

/** The heatmap option, its cells painted on a canvas. */
const heatmapOption = (view: FarmView, theme: ChartTheme) =>
  farmHeatmapOption(view, theme, canvasFromPixels);

const RANGES = SLIDER_RANGES.farm;

/** Why the heatmap is offered as PNG only. */
const PNG_ONLY =
  'PNG only: the heatmap’s cells are painted as one bitmap image, which an SVG could only embed as that bitmap, not draw as shapes.';

const NO_METRICS: readonly { key: string; unit: string }[] = [];

/**
 * Server farm: a heatmap of one metric (any the farm has, by name) with servers ranked worst first,
 * aggregated to as many cells as the chart has room for, and the ten most loaded servers; High CPU
 * and High memory cards, with their threshold sliders, when the farm has CPU % and memory %
 * metrics; the servers unlike their peers on the metric drawn, outlined on the heatmap and listed,
 * with sliders for their window and threshold (from 3 servers up).
 */
export function FarmPanel() {
  const metricId = useId();
  const params = usePanelParams('farm');
  const view = useResult('farm');
  const option = useOption(view, heatmapOption);
  const theme = useChartTheme();
  const cellTooltip = useMemo(() => view && farmCellTooltip(view, theme), [view, theme]);
  const [size, setSize] = useState({ width: 0, height: 0 });
  // Asked for as soon as the chart is measured (on mount), in the same task: the first heatmap,
  // computed before the chart had a size, is superseded if it has not started.
  const onResize = useCallback((width: number, height: number) => {
    setSize({ width, height });
    askForCells(width, height);
  }, []);
  const { maxRows, maxColumns } = params;
  const peers = view?.peers ?? null;
  // The analysis caps the window at the farm's steps; so does the slider.
  const steps = view ? view.heatmap.colStart[view.heatmap.columns] : 0;
  const maxPeerWindow = Math.max(1, Math.min(RANGES.peerWindow.max, steps));
  // The alert lines of the metrics the farm has: CPU % and memory %, each with its slider and card.
  const lines = view ? alertLines(view) : [];
  const metrics = useMetricscope((s) =>
    s.catalogue && !('reason' in s.catalogue.farm) ? s.catalogue.farm.metrics : NO_METRICS,
  );

  // A new data set resets the farm's parameters: asked again for the chart's room.
  useEffect(() => askForCells(size.width, size.height), [size, maxRows, maxColumns]);

  return (
    <Panel panel="farm" wide>
      <div className="controls">
        {metrics.length > 0 && (
          <div className="field">
            <label htmlFor={metricId}>Metric</label>
            <select
              id={metricId}
              value={params.metric ?? metrics[0]?.key ?? ''}
              onChange={(event) => setParams('farm', { metric: event.currentTarget.value })}
            >
              {metrics.map(({ key, unit }) => (
                <option key={key} value={key}>
                  {unit === '' ? key : `${key} (${unit})`}
                </option>
              ))}
            </select>
          </div>
        )}
        {lines.map((line) => (
          <Slider
            key={line.param}
            label={`High ${line.name} line`}
            value={params[line.param]}
            min={RANGES[line.param].min}
            max={RANGES[line.param].max}
            format={(value) => formatValue(value, '%')}
            onChange={(value) => setParams('farm', { [line.param]: value })}
          />
        ))}
        {peers && (
          <>
            <Slider
              label="Peer window"
              value={Math.min(params.peerWindow, maxPeerWindow)}
              min={RANGES.peerWindow.min}
              max={maxPeerWindow}
              format={(window) => formatCountOf(window, 'step')}
              onChange={(peerWindow) => setParams('farm', { peerWindow })}
            />
            <Slider
              label="Peer threshold (σ)"
              value={params.peerThreshold}
              {...RANGES.peerThreshold}
              format={(threshold) => `${threshold.toFixed(1)} σ`}
              onChange={(peerThreshold) => setParams('farm', { peerThreshold })}
            />
          </>
        )}
      </div>
      {view && (
        <>
          <StatCards stats={farmStats(view, params)} />
          <p className="panel-note">{`${view.scoreRule} Hosts aligned: ${view.alignment}.`}</p>
        </>
      )}
      <div className="farm-layout">
        <ChartFrame
          name="Server farm heatmap"
          file="farm"
          pngOnly={PNG_ONLY}
          option={option}
          onResize={onResize}
          pointTooltip={cellTooltip}
          className="chart chart-tall"
        />
        {view && <WorstServers health={view.health} metrics={view.metrics} />}
      </div>
      {view && <PeerOutliers peers={peers} servers={view.order.length} time={view.time} />}
    </Panel>
  );
}

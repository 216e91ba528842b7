import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { heatmapShape } from '../../../analysis/views/farmHeatmap';
import { DEFAULT_FARM_CELLS, type FarmView } from '../../../analysis/views/farmView';
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

/** The chart area's size in CSS pixels, once measured. */
interface ChartSize {
  width: number;
  height: number;
}

/** A farm's servers and steps (as the catalogue gives them). */
interface FarmShape {
  servers: number;
  steps: number;
}

/** Whether a chart of `size` has room for at least one heatmap cell. */
function hasRoom(size: ChartSize): boolean {
  const { maxRows, maxColumns } = cellsFor(size.width, size.height);
  return maxRows >= 1 && maxColumns >= 1;
}

/** The blocks of the heatmap of `farm` asked for with `cells` (farmView's defaults when absent). */
function blocksOf(farm: FarmShape, cells: { maxRows?: number; maxColumns?: number }) {
  const { maxRows = DEFAULT_FARM_CELLS.maxRows, maxColumns = DEFAULT_FARM_CELLS.maxColumns } =
    cells;
  return heatmapShape(farm.servers, farm.steps, maxRows, maxColumns);
}

/**
 * Asks for the farm again with as many heatmap cells as a chart of `size` has room for, unless the
 * heatmap asked for already has those blocks (a farm smaller than both rooms gets the same one),
 * the chart has no room, or no data set with a farm is shown.
 */
function askForCells(size: ChartSize): void {
  const { params, catalogue } = store.getState();
  if (!params || !catalogue || 'reason' in catalogue.farm || !hasRoom(size)) return;
  const cells = cellsFor(size.width, size.height);
  const wanted = blocksOf(catalogue.farm, cells);
  const asked = blocksOf(catalogue.farm, params.farm);
  if (wanted.rows !== asked.rows || wanted.columns !== asked.columns) setParams('farm', cells);
}

/**
 * The farm view to draw: `view` once the chart is measured and no other farm is being computed
 * (`pending` false); meanwhile the one drawn before, if any, so that a resized chart keeps its
 * heatmap while one for its new size is computed. At start-up the farm is computed before its chart
 * exists; when the measured chart asks for other cells, that first heatmap is never drawn, only the
 * one that replaces it. Undefined while there is no view.
 */
function useDrawnView(
  view: FarmView | undefined,
  size: ChartSize | null,
  pending: boolean,
): FarmView | undefined {
  const [drawn, setDrawn] = useState<FarmView | undefined>(undefined);
  let next = drawn;
  if (!view) next = undefined;
  else if (size && !pending) next = view;
  // Derived from the previous render's: React renders again at once, before committing.
  if (next !== drawn) setDrawn(next);
  return next;
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
  const [size, setSize] = useState<ChartSize | null>(null);
  const pending = useMetricscope((s) => s.pending.farm ?? false);
  const dataSet = useMetricscope((s) => s.dataSetsShown);
  const drawn = useDrawnView(view, size, pending);
  const option = useOption(drawn, heatmapOption);
  const theme = useChartTheme();
  const cellTooltip = useMemo(() => drawn && farmCellTooltip(drawn, theme), [drawn, theme]);
  // Asked for as soon as the chart is measured (on mount), in the same task: the first heatmap,
  // computed before the chart had a size, is superseded if it has not started.
  const onResize = useCallback((width: number, height: number) => {
    const measured = { width, height };
    setSize(measured);
    askForCells(measured);
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

  // A new data set (another farm, its cells back to the defaults) or parameters set from elsewhere
  // (a shared link's view, which carries no cells): asked again for the chart's room.
  useEffect(() => {
    if (size) askForCells(size);
  }, [size, maxRows, maxColumns, dataSet]);

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

import { isNeeds } from '../../analysis/views/needs';
import { PANELS, PANEL_TITLES, type PanelKey } from '../../store/panels';
import type { MetricscopeState, TimeRange, TimeZoneSetting } from '../../store/state';
import { chartPng } from '../chart/echarts';
import type { Stat } from '../panels/common/StatCards';
import { exportContext, type PanelView } from '../panels/exportContext';
import { panelStats } from '../panels/panelStats';

/** A chart of a panel as the report shows it: a PNG of what was drawn, at its CSS size. */
export interface ReportImage {
  readonly name: string;
  readonly src: string;
  readonly width: number;
  readonly height: number;
}

/** One panel in the report: its key figures and charts, or why it has none. */
export interface ReportPanel {
  readonly panel: PanelKey;
  readonly title: string;
  readonly stats: readonly Stat[];
  readonly images: readonly ReportImage[];
  /** What the data loaded lacks for this panel (its "needs" line), or why it has nothing yet. */
  readonly missing: string | null;
}

/** The report: every panel as it was at one moment. */
export interface ReportSnapshot {
  readonly source: string;
  readonly madeAtMs: number;
  readonly timeZone: TimeZoneSetting;
  /** The range the time-series charts (and the Overview's figures) were zoomed to, or null. */
  readonly zoom: TimeRange | null;
  readonly panels: readonly ReportPanel[];
}

/** The drawn charts inside `panel`'s region on the page, as PNGs on `background`. */
function chartImages(root: ParentNode, panel: PanelKey, background: string): ReportImage[] {
  const region = root.querySelector(`[aria-labelledby="panel-${panel}"]`);
  const charts = region?.querySelectorAll<HTMLElement>('[data-chart][data-drawn="true"]') ?? [];
  return [...charts].flatMap((element) => {
    const src = chartPng(element, background);
    if (!src) return [];
    const name = element.dataset.chart ?? '';
    return [{ name, src, width: element.clientWidth, height: element.clientHeight }];
  });
}

/**
 * Every panel of the store's `state` now, in page order: its key figures (PANEL_STATS, as its stat
 * cards show them) and its drawn charts (found in `root`, the page) as PNG images on `background`;
 * a panel the data cannot feed with what it needs, and one still computing its first result says so;
 * and the zoomed range the charts show.
 */
export function reportSnapshot(
  state: MetricscopeState,
  root: ParentNode,
  background: string,
  nowMs: number,
): ReportSnapshot {
  const context = exportContext(state);
  const panels = PANELS.map(<K extends PanelKey>(panel: K): ReportPanel => {
    const title = PANEL_TITLES[panel];
    const result = state.results[panel];
    if (result === undefined) {
      return { panel, title, stats: [], images: [], missing: 'Still computing.' };
    }
    if (isNeeds(result)) return { panel, title, stats: [], images: [], missing: result.needs };
    const view = result as PanelView<K>;
    return {
      panel,
      title,
      stats: panelStats(panel, view, context),
      images: chartImages(root, panel, background),
      missing: null,
    };
  });
  return {
    source: state.source.name,
    madeAtMs: nowMs,
    timeZone: state.timeZone,
    zoom: state.zoom,
    panels,
  };
}

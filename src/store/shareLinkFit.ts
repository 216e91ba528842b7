import type { Catalogue } from '../worker/workspace';
import { fitWindow, PANELS, type PanelKey, type PanelParams } from './panels';
import type { LinkParams, LinkView } from './shareLinkSchema';
import { ianaZone } from './state';
import type { ViewState } from './viewState';

/** The names a link's parameters may refer to, in the data set shown. */
interface Names {
  series: ReadonlySet<string>;
  metrics: ReadonlySet<string>;
  labels: ReadonlySet<string>;
  farmMetrics: ReadonlySet<string>;
}

function namesOf(catalogue: Catalogue): Names {
  return {
    series: new Set(catalogue.series.map((s) => s.name)),
    metrics: new Set(catalogue.series.map((s) => s.metric)),
    labels: new Set(catalogue.series.flatMap((s) => Object.keys(s.labels))),
    farmMetrics: new Set(
      'reason' in catalogue.farm ? [] : catalogue.farm.metrics.map((m) => m.key),
    ),
  };
}

/** Whether every name a panel's link parameters give is in the data set shown. */
function namesExist(given: Record<string, unknown>, names: Names): boolean {
  const inSet = (set: ReadonlySet<string>, value: unknown) =>
    value === undefined || value === null || set.has(value as string);
  const series = given.series;
  return (
    (Array.isArray(series)
      ? series.every((name) => names.series.has(name as string))
      : inSet(names.series, series)) &&
    inSet(names.farmMetrics, given.metric) &&
    inSet(names.labels, given.label) &&
    inSet(names.metrics, given.weight)
  );
}

/** A link's view made to fit the data set shown, and the panels left at their defaults. */
export interface FittedView {
  view: ViewState;
  /** Panels whose link parameters name a series, metric or label the data does not have. */
  kept: PanelKey[];
}

/**
 * `view` (read from a link) made ready for applyViewState over the data set of `catalogue`: each
 * panel's link parameters laid over its `current` ones (the data set's defaults), unless they name
 * a series, farm metric, label or metric the catalogue lacks (that panel keeps `current`, and is
 * listed in `kept`); windows fitted to the series picked (fitWindow); the anomaly words in the
 * link's time zone on this machine.
 */
export function fitLinkView(
  view: LinkView,
  catalogue: Catalogue,
  current: PanelParams,
): FittedView {
  const names = namesOf(catalogue);
  const lengthOf = (name: unknown) => catalogue.series.find((s) => s.name === name)?.length ?? 0;
  const params: { [K in PanelKey]?: PanelParams[K] } = {};
  const kept: PanelKey[] = [];
  for (const panel of PANELS) {
    const given: LinkParams[PanelKey] = view.params[panel];
    if (!given) continue;
    if (!namesExist(given as Record<string, unknown>, names)) {
      kept.push(panel);
      continue;
    }
    const merged = { ...current[panel], ...given } as Record<string, unknown>;
    if (panel === 'anomalies' || panel === 'percentileBands') {
      merged.window = fitWindow(panel, merged.window as number, lengthOf(merged.series));
    }
    if (panel === 'anomalies') merged.timeZone = ianaZone(view.timeZone);
    (params as Record<string, unknown>)[panel] = merged;
  }
  return { view: { ...view, params }, kept };
}

import type { CatalogueSeries } from './SeriesPicker';

/** Series of one metric, for a picker's option group. */
export interface SeriesGroup {
  readonly metric: string;
  readonly series: readonly CatalogueSeries[];
}

/**
 * `series` whose name contains every word of `filter` (any case), grouped by metric in order of
 * first appearance, each group in catalogue order. An empty filter keeps every series.
 * @example seriesGroups(series, 'web-01 cpu') // the cpu series of host web-01
 */
export function seriesGroups(series: readonly CatalogueSeries[], filter = ''): SeriesGroup[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = new Map<string, CatalogueSeries[]>();
  for (const s of series) {
    const name = s.name.toLowerCase();
    if (!words.every((w) => name.includes(w))) continue;
    const list = groups.get(s.metric);
    if (list) list.push(s);
    else groups.set(s.metric, [s]);
  }
  return [...groups].map(([metric, list]) => ({ metric, series: list }));
}

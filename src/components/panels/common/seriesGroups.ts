import type { CatalogueSeries } from './SeriesPicker';

/** Series of one metric, for a picker's option group. */
export interface SeriesGroup {
  readonly metric: string;
  readonly series: readonly CatalogueSeries[];
}

/** The series a picker lists, grouped, and how many matched in all. */
export interface ListedSeries {
  readonly groups: SeriesGroup[];
  /** Series that match the filter, listed or not. */
  readonly matched: number;
}

/**
 * The first `limit` of `series` whose name contains every word of `filter` (any case), grouped by
 * metric in order of first appearance, each group in catalogue order, and how many matched in
 * all. An empty filter keeps every series. The limit keeps a picker over thousands of series to a
 * list a browser draws at once.
 * @example seriesGroups(series, 'web-01 cpu').groups // the cpu series of host web-01
 */
export function seriesGroups(
  series: readonly CatalogueSeries[],
  filter = '',
  limit = Infinity,
): ListedSeries {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = new Map<string, CatalogueSeries[]>();
  let matched = 0;
  for (const s of series) {
    const name = s.name.toLowerCase();
    if (!words.every((w) => name.includes(w))) continue;
    if (matched++ >= limit) continue;
    const list = groups.get(s.metric);
    if (list) list.push(s);
    else groups.set(s.metric, [s]);
  }
  return { groups: [...groups].map(([metric, list]) => ({ metric, series: list })), matched };
}

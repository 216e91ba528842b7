import type { CatalogueSeries } from '../common/SeriesPicker';

/** One entry of the Overview's series picker: a whole metric, or one series. */
export interface OverviewChoice {
  /** 'metric:<name>' or 'series:<name>'. */
  readonly value: string;
  readonly label: string;
  /** The series it draws. */
  readonly series: readonly string[];
}

/**
 * The Overview's choices: every metric that has two or more series (all of them in the metric's
 * first unit, like a time-series panel over every host of one metric), then every series alone.
 * Fleet aggregates stand with the single series, not in their metric's set.
 */
export function overviewChoices(series: readonly CatalogueSeries[]): {
  metrics: OverviewChoice[];
  single: OverviewChoice[];
} {
  const byMetric = new Map<string, CatalogueSeries[]>();
  for (const s of series) {
    if (s.labels.fleet !== undefined) continue;
    const list = byMetric.get(s.metric);
    if (list) list.push(s);
    else byMetric.set(s.metric, [s]);
  }
  const metrics = [...byMetric]
    .filter(([, list]) => list.length >= 2)
    .map(([metric, list]) => {
      const names = list.filter((s) => s.unit === list[0].unit).map((s) => s.name);
      return {
        value: `metric:${metric}`,
        label: `${metric === '' ? '(no metric name)' : metric}: all ${names.length} series`,
        series: names,
      };
    });
  const single = series.map((s) => ({ value: `series:${s.name}`, label: s.name, series: [s.name] }));
  return { metrics, single };
}

/** The choice that draws exactly `picked`, or null when the set is none of them. */
export function choiceOf(
  choices: { metrics: readonly OverviewChoice[]; single: readonly OverviewChoice[] },
  picked: readonly string[],
): OverviewChoice | null {
  const same = (c: OverviewChoice) =>
    c.series.length === picked.length && c.series.every((name, i) => name === picked[i]);
  return choices.metrics.find(same) ?? choices.single.find(same) ?? null;
}

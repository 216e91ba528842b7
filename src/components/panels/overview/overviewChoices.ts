import type { Catalogue } from '../../../worker/workspace';
import { MAX_LISTED } from '../common/SeriesPicker';

/** One entry of the Overview's Series select: a whole metric group, or one series. */
export interface OverviewChoice {
  /** 'group:<index>' or 'series:<name>'. */
  readonly value: string;
  readonly label: string;
  /** The series it draws. */
  readonly series: readonly string[];
}

/**
 * The Overview's starting sets: every metric group of the catalogue (a metric's series that share
 * their label names, e.g. `cpu` by host), then the first MAX_LISTED series alone (as a series
 * picker lists them; any other is reached through its metric's group, or added to a set by the
 * panel's searchable picker).
 */
export function overviewChoices(catalogue: Pick<Catalogue, 'groups' | 'series'>): {
  metrics: OverviewChoice[];
  single: OverviewChoice[];
} {
  const metrics = catalogue.groups.map((g, i) => ({
    value: `group:${i}`,
    label: `${g.metric === '' ? '(no metric name)' : g.metric}${g.labelNames.length ? ` by ${g.labelNames.join(', ')}` : ''}: ${g.series.length} series`,
    series: g.series,
  }));
  const single = catalogue.series.slice(0, MAX_LISTED).map((s) => ({
    value: `series:${s.name}`,
    label: s.name,
    series: [s.name],
  }));
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

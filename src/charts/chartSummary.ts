import type { EChartsCoreOption } from 'echarts/core';
import { formatCount, formatTimeSpan, type TimeZone } from './formatNumber';
import { VALUE_UNIT } from './xAxisFor';

/** How many series a summary names before it says how many more there are. */
const NAMED = 5;

const KINDS: Record<string, string> = {
  line: 'line',
  bar: 'bar',
  scatter: 'scatter',
  heatmap: 'heatmap',
};

type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined ? [] : [x]);

/** "a, b and c" */
function joined(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The first `NAMED` names, then how many more: "a, b, c, d, e and 6 more". */
function someNames(names: readonly string[]): string {
  if (names.length <= NAMED) return joined(names);
  return `${names.slice(0, NAMED).join(', ')} and ${formatCount(names.length - NAMED)} more`;
}

/** The series names the chart's legend lists, else every named series, each once. */
function seriesNames(option: Obj, series: readonly Obj[]): string[] {
  const legend = list(option.legend).find(isObj);
  const fromLegend = list(legend?.data)
    .map((item) => (typeof item === 'string' ? item : isObj(item) ? item.name : undefined))
    .filter((name): name is string => typeof name === 'string' && name !== '');
  const names =
    fromLegend.length > 0
      ? fromLegend
      : series.map((s) => s.name).filter((n): n is string => typeof n === 'string' && n !== '');
  return [...new Set(names)];
}

/** The smallest and largest finite x among the series' points ([x, …] or {value: [x, …]}). */
function xExtent(series: readonly Obj[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    if (!Array.isArray(s.data)) continue;
    for (const point of s.data as unknown[]) {
      const row = isObj(point) ? point.value : point;
      const x = Array.isArray(row) ? row[0] : undefined;
      if (typeof x === 'number' && Number.isFinite(x)) {
        if (x < lo) lo = x;
        if (x > hi) hi = x;
      }
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** The x window the option's first dataZoom opens at in axis values, or null when it sets none. */
function zoomWindow(option: Obj): [number, number] | null {
  const zoom = list(option.dataZoom).find(isObj);
  const { startValue, endValue } = zoom ?? {};
  return typeof startValue === 'number' && typeof endValue === 'number'
    ? [startValue, endValue]
    : null;
}

/**
 * What the x axis spans: a time range, a value range under the axis name, or the categories;
 * a window a dataZoom sets is said as 'zoomed to' that window.
 */
function xSpan(option: Obj, series: readonly Obj[]): string | null {
  const axis = list(option.xAxis).find(isObj);
  if (!axis) return null;
  if (axis.type === 'category') {
    const names = list(axis.data).map((d) => String(isObj(d) ? d.value : d));
    if (names.length === 0) return null;
    const ends = names.length > 1 ? `, ${names[0]} to ${names.at(-1)}` : `, ${names[0]}`;
    return `over ${formatCount(names.length)} ${names.length === 1 ? 'category' : 'categories'}${ends}`;
  }
  const zoom = zoomWindow(option);
  const extent = zoom ?? xExtent(series);
  if (!extent) return null;
  const zoomed = zoom ? 'zoomed to ' : '';
  if (axis.type === 'time') {
    const zone: TimeZone = option.useUTC === true ? 'utc' : 'local';
    return zoomed + formatTimeSpan(extent[0], extent[1], zone);
  }
  const name = typeof axis.name === 'string' && axis.name !== '' ? axis.name : 'x';
  return `${zoomed}${name} ${formatCount(extent[0])} to ${formatCount(extent[1])}`;
}

/**
 * A sentence a screen reader can say for a chart, read off its ECharts option: what kind of
 * chart, how many series (named, unless `names` is false), what the x axis spans (time range in
 * the option's time zone, value range or categories; the window when zoomed) and the unit of the
 * values (the y axis name).
 * An option that describes itself (`aria.label.description`, e.g. the farm heatmap's) is taken at
 * its word. ECharts' own generated description lists raw data values (epoch milliseconds), so
 * the charts do not use it.
 * @example chartSummary(overview) // 'Line chart of 3 series: a, b and c; 2026-01-01 00:00 – 12:00 UTC; values in %'
 */
export function chartSummary(option: EChartsCoreOption, names = true): string {
  const root = option as Obj;
  const own = ownDescription(option);
  if (own !== undefined) return own;

  const series = list(root.series).filter(isObj);
  const kinds = [...new Set(series.map((s) => KINDS[String(s.type)]).filter(Boolean))];
  const kind = kinds.length === 0 ? 'Chart' : `${joined(kinds)} chart`;
  const heading = kind === 'heatmap chart' ? 'Heatmap' : kind[0].toUpperCase() + kind.slice(1);

  const listed = seriesNames(root, series);
  const parts: string[] = [];
  if (listed.length === 0) parts.push(heading);
  else if (listed.length === 1 && names) parts.push(`${heading} of ${listed[0]}`);
  else {
    const count = `${formatCount(listed.length)} series`;
    parts.push(names ? `${heading} of ${count}: ${someNames(listed)}` : `${heading} of ${count}`);
  }
  const span = xSpan(root, series);
  if (span) parts.push(span);
  const yAxis = list(root.yAxis).find(isObj);
  const unit = yAxis && yAxis.type !== 'category' ? yAxis.name || yAxis[VALUE_UNIT] : undefined;
  if (typeof unit === 'string' && unit !== '') parts.push(`values in ${unit}`);
  return parts.join('; ');
}

/**
 * A chart's accessible name: its name and the summary of what it draws (its own description
 * alone when it has one), then `description`; the name alone, or with `description`, before there
 * is anything drawn.
 */
export function chartLabel(
  name: string,
  option: EChartsCoreOption | undefined,
  description?: string,
): string {
  const tail = description ? `. ${description}` : '';
  if (!option) return `${name}${tail}`;
  const own = ownDescription(option);
  return `${own ?? `${name}: ${chartSummary(option, !description)}`}${tail}`;
}

/** The description an option gives itself for screen readers, if any. */
function ownDescription(option: EChartsCoreOption): string | undefined {
  const aria = (option as Obj).aria;
  const label = isObj(aria) ? aria.label : undefined;
  const own = isObj(label) ? label.description : undefined;
  return typeof own === 'string' && own !== '' ? own : undefined;
}

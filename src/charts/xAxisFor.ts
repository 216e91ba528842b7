import type { XAXisComponentOption, YAXisComponentOption } from 'echarts';
import {
  formatCount,
  formatTime,
  formatValue,
  MISSING,
  rescales,
  zoneSuffix,
} from './formatNumber';
import type { ChartTheme } from './theme';

/** How a view's x values are meant: epoch ms, or a plain count (sample, minute, day...). */
export type XKind = 'time' | 'index';

type Axis = XAXisComponentOption & YAXisComponentOption;

/**
 * The key under which a value axis whose ticks carry a rescaling unit (ms shown as s, bytes as
 * KiB...) keeps that unit, having no axis name: the chart's summary still says what it is in.
 */
export const VALUE_UNIT = 'metricscopeUnit';

/** Axis line, ticks, labels, name and split lines in the theme's colours. */
function axisStyle(theme: ChartTheme) {
  return {
    axisLine: { lineStyle: { color: theme.grid } },
    axisTick: { lineStyle: { color: theme.grid } },
    axisLabel: { color: theme.muted, hideOverlap: true },
    nameTextStyle: { color: theme.muted },
    splitLine: { lineStyle: { color: theme.grid } },
  } satisfies Axis;
}

/**
 * The x axis of a series view: xKind 'time' -> a time axis (epoch ms, labelled in the theme's time
 * zone through the root `useUTC` that baseOption sets); 'index' -> a value axis named `name`
 * ('sample', 'minute', 'day'). Either way it spans exactly the data, so the line starts and ends at
 * the plot's edges.
 */
export function xAxisFor(xKind: XKind, theme: ChartTheme, name = 'sample'): XAXisComponentOption {
  const style = axisStyle(theme);
  const common = { ...style, splitLine: { show: false }, min: 'dataMin', max: 'dataMax' } as const;
  if (xKind === 'time') return { ...common, type: 'time' };
  return { ...common, type: 'value', name, nameLocation: 'middle', nameGap: 24 };
}

/**
 * The tooltip heading for an x on an xAxisFor(xKind, theme, name) axis: 'YYYY-MM-DD HH:mm' in the
 * theme's time zone for time, ending ' UTC' when that is UTC; else e.g. 'minute 1,234'.
 * @example formatX('time', lightTheme)(Date.UTC(2024, 4, 6, 7, 8)) // '2024-05-06 07:08 UTC'
 */
export function formatX(xKind: XKind, theme: ChartTheme, name = 'sample'): (x: number) => string {
  if (xKind === 'index') return (x) => `${name} ${formatCount(x)}`;
  const { timeZone } = theme;
  return (x) => (Number.isFinite(x) ? formatTime(x, timeZone) + zoneSuffix(timeZone) : MISSING);
}

/**
 * A value axis named `name` (usually the unit: '%', 'ms', 'Mbps') whose extent also covers every
 * finite value in `include` (marker lines that would otherwise fall off the plot), still rounded to
 * nice ticks (ECharts 6 dataMin/dataMax). A unit that rescales (ms, bytes, bit rates: see
 * formatValue) labels each tick in its own rung instead ('500 ms', '1 s', '1.5 s'), as tooltips and
 * stat cards show the values, and the axis goes unnamed. Works as an x or a y axis.
 */
export function valueAxis(theme: ChartTheme, name: string, include: readonly number[] = []): Axis {
  const finite = include.filter(Number.isFinite);
  const style = axisStyle(theme);
  const labelled = rescales(name);
  return {
    ...style,
    type: 'value',
    name: labelled ? '' : name,
    ...(labelled && {
      axisLabel: { ...style.axisLabel, formatter: (value: number) => formatValue(value, name) },
      // Not drawn (ECharts ignores it): the unit the ticks rescale, for chartSummary's words.
      [VALUE_UNIT]: name,
    }),
    ...(finite.length > 0 && { dataMin: Math.min(...finite), dataMax: Math.max(...finite) }),
  };
}

/** Category-axis label settings a chart may change (long names truncate, many labels thin out). */
export interface CategoryLabels {
  readonly interval?: number | 'auto';
  readonly rotate?: number;
  readonly width?: number;
  readonly show?: boolean;
}

/**
 * A category axis over `data` (server names, hours, metrics): every label tried (interval 0) unless
 * `labels` says otherwise, overlapping ones hidden, long ones truncated when a width is given.
 */
export function categoryAxis(
  theme: ChartTheme,
  data: readonly string[],
  labels: CategoryLabels = {},
): Axis {
  const style = axisStyle(theme);
  return {
    ...style,
    type: 'category',
    data: [...data],
    axisLabel: { ...style.axisLabel, interval: 0, overflow: 'truncate', ...labels },
    splitLine: { show: false },
  };
}

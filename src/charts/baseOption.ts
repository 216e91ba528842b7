import type { EChartsOption, LegendComponentOption } from 'echarts';
import type { ChartTheme } from './theme';

/** A legend entry: a series name, or a name with its own icon (bands draw as a filled square). */
export type LegendItem = string | { readonly name: string; readonly icon: string };

/**
 * What every chart shares: transparent background, no animation (the dashboard redraws on every
 * slider move, and tweening 1000-point lines between options only blurs them), no ECharts aria
 * description (it reads out raw data values, epoch milliseconds and all: EChart names each chart
 * with chartSummary's sentence instead), the theme's palette and text, time axes in the theme's time zone (ECharts'
 * root `useUTC`; its default is the browser's zone), a grid with room for a legend when there is
 * one, and that legend listing `legend` in order (series not listed, such as band edges, stay
 * unlisted).
 */
export function baseOption(theme: ChartTheme, legend?: readonly LegendItem[]): EChartsOption {
  const option: EChartsOption = {
    backgroundColor: 'transparent',
    animation: false,
    useUTC: theme.timeZone === 'utc',
    aria: { enabled: false },
    color: [...theme.series],
    textStyle: { color: theme.text, fontFamily: theme.fontFamily },
    grid: { left: 8, right: 24, top: legend ? 36 : 20, bottom: 8 },
  };
  if (legend) option.legend = legendFor(theme, legend);
  return option;
}

function legendFor(theme: ChartTheme, items: readonly LegendItem[]): LegendComponentOption {
  return {
    type: 'scroll',
    top: 0,
    data: items.map((item) => (typeof item === 'string' ? { name: item } : { ...item })),
    textStyle: { color: theme.text },
    inactiveColor: theme.muted,
    pageTextStyle: { color: theme.muted },
    pageIconColor: theme.text,
    pageIconInactiveColor: theme.grid,
  };
}

import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { ChartTheme } from '../../charts/theme';
import { useChartTheme } from './useChartTheme';

/**
 * The chart option `build` makes of `view` in the current theme (colours and display time zone),
 * rebuilt only when the view or the theme changes (not on unrelated store updates). `build` must be
 * a stable (module-level) function. Undefined while there is no view yet.
 */
export function useOption<V>(
  view: V | undefined,
  build: (view: V, theme: ChartTheme) => EChartsCoreOption,
): EChartsCoreOption | undefined {
  const theme = useChartTheme();
  return useMemo(() => (view === undefined ? undefined : build(view, theme)), [view, theme, build]);
}

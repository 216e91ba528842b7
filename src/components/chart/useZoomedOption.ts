import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { ChartTheme } from '../../charts/theme';
import type { ZoomRange } from '../../charts/timeZoom';
import { useMetricscope } from '../../store/state';
import { useChartTheme } from './useChartTheme';

/**
 * The option `build` makes of `view` in the current theme at the linked zoom (the store's zoom, null
 * for the whole series), rebuilt only when the view, the theme or the zoom changes. `build` must be
 * a stable (module-level) function. Undefined while there is no view yet. A time-series panel's
 * chart: pass setZoom as its onZoom, so zooming it zooms every such chart.
 */
export function useZoomedOption<V>(
  view: V | undefined,
  build: (view: V, theme: ChartTheme, zoom: ZoomRange | null) => EChartsCoreOption,
): EChartsCoreOption | undefined {
  const theme = useChartTheme();
  const zoom = useMetricscope((s) => s.zoom);
  return useMemo(
    () => (view === undefined ? undefined : build(view, theme, zoom)),
    [view, theme, zoom, build],
  );
}

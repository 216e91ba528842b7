import type { DataZoomComponentOption } from 'echarts';
import type { ChartTheme } from './theme';
import type { XKind } from './xAxisFor';

/** A window on a time axis in epoch milliseconds, start < end (the store's TimeRange). */
export interface ZoomRange {
  readonly start: number;
  readonly end: number;
}

/** Height of the zoom slider under a time axis, in CSS pixels. */
const SLIDER_HEIGHT = 18;

/**
 * The room a time-series chart's grid leaves at the bottom for the zoom slider (timeZoom): 0 on a
 * non-time axis, which has no slider.
 */
export function zoomSliderSpace(xKind: XKind): number {
  return xKind === 'time' ? SLIDER_HEIGHT + 14 : 0;
}

/**
 * The dataZoom components that zoom the time axes `xAxisIndex` of a chart together: Ctrl + wheel
 * zooms and a drag pans inside the plot (a plain wheel keeps scrolling the page), and a slider
 * under the plot whose handles or a brush over its preview pick a window. Both open at `zoom`
 * (startValue/endValue in epoch ms), or the whole axis when it is null. filterMode 'none': points
 * outside the window are kept, so a line leaves the plot at its edges instead of stopping at the
 * last point inside, and the y axis keeps the whole series' range. No components on a non-time
 * axis (the linked zoom is a time range).
 */
export function timeZoom(
  xKind: XKind,
  zoom: ZoomRange | null | undefined,
  theme: ChartTheme,
  xAxisIndex: number[] = [0],
): DataZoomComponentOption[] {
  if (xKind !== 'time') return [];
  const window = zoom ? { startValue: zoom.start, endValue: zoom.end } : { start: 0, end: 100 };
  return [
    {
      type: 'inside',
      id: 'zoom-inside',
      xAxisIndex,
      filterMode: 'none',
      zoomOnMouseWheel: 'ctrl',
      moveOnMouseWheel: false,
      moveOnMouseMove: true,
      ...window,
    },
    {
      type: 'slider',
      id: 'zoom-slider',
      xAxisIndex,
      filterMode: 'none',
      height: SLIDER_HEIGHT,
      bottom: 4,
      // The window's ends are said by the Reset zoom control in the display time zone.
      showDetail: false,
      borderColor: theme.grid,
      fillerColor: 'rgba(128, 128, 128, 0.2)',
      handleStyle: { color: theme.background, borderColor: theme.muted },
      moveHandleStyle: { color: theme.muted },
      dataBackground: {
        lineStyle: { color: theme.muted, opacity: 0.5 },
        areaStyle: { color: theme.muted, opacity: 0.1 },
      },
      textStyle: { color: theme.muted },
      ...window,
    },
  ];
}

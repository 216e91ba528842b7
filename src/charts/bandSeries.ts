import type { LineSeriesOption } from 'echarts';
import { xyPairs } from './xyPairs';

/** A shaded band between lower and upper over x, named `name` (the legend entry). */
export interface BandSpec {
  readonly id: string;
  readonly name: string;
  readonly x: ArrayLike<number>;
  readonly lower: ArrayLike<number>;
  readonly upper: ArrayLike<number>;
  readonly color: string;
  /** Opacity of the fill (default 1: `color` is usually translucent already). */
  readonly opacity?: number;
  /** Whether the axis tooltip lists the band as 'lower – upper' (default true). */
  readonly inTooltip?: boolean;
}

/**
 * A band as ECharts' stacked-area trick: an invisible line at `lower` (id `${id}-lower`, left out of
 * tooltips) and, stacked on it, an area of height upper - lower (id `id`, rows [x, width, lower,
 * upper] so tooltips can show the real edges). stackStrategy 'all' stacks whatever the signs: the
 * default 'samesign' would not stack a positive width on a negative lower edge, and the band would
 * then start at 0. Where either edge is not finite the band has a gap.
 */
export function bandSeries(band: BandSpec): LineSeriesOption[] {
  const { id, name, x, lower, upper, color, opacity = 1, inTooltip = true } = band;
  const common = {
    type: 'line',
    stack: id,
    stackStrategy: 'all',
    symbol: 'none',
    // No symbols at all: ECharts would otherwise still diff every point for one to draw.
    showSymbol: false,
    lineStyle: { opacity: 0 },
    emphasis: { disabled: true },
  } satisfies LineSeriesOption;
  const widths = Array.from(x, (xi, i) => {
    const width = upper[i] - lower[i];
    return Number.isFinite(width) ? [xi, width, lower[i], upper[i]] : [xi, null];
  });
  return [
    {
      ...common,
      id: `${id}-lower`,
      name: `${name} (lower edge)`,
      data: xyPairs(x, lower),
      tooltip: { show: false },
    },
    {
      ...common,
      id,
      name,
      data: widths,
      itemStyle: { color },
      areaStyle: { color, opacity },
      tooltip: { show: inTooltip },
    },
  ];
}

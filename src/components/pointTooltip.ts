/** A chart's tooltip at data point (x, y) of its first grid, as HTML; undefined shows none. */
export type DescribePoint = (x: number, y: number) => string | undefined;

type Finder = { gridIndex: number };

/** The parts of an ECharts instance that followPointer uses. */
export interface PointerChart {
  getZr(): {
    on(
      event: 'mousemove' | 'globalout',
      handler: (e: { offsetX: number; offsetY: number }) => void,
    ): void;
  };
  containPixel(finder: Finder, point: number[]): boolean;
  convertFromPixel(finder: Finder, point: number[]): number | number[];
  dispatchAction(payload: object): void;
}

/**
 * Shows ECharts' own tooltip (its box, its placement) wherever the pointer is over `chart`'s first
 * grid, saying what `describe()` returns for the data point under it, for charts drawn without an
 * element per item (the farm heatmap's cells are one image). Hidden off the grid, when describe()
 * is undefined or says nothing, and when the pointer leaves the chart.
 */
export function followPointer(chart: PointerChart, describe: () => DescribePoint | undefined) {
  const grid = { gridIndex: 0 };
  let shown = false;
  const hide = () => {
    if (!shown) return;
    shown = false;
    chart.dispatchAction({ type: 'hideTip' });
  };
  const zr = chart.getZr();
  zr.on('mousemove', ({ offsetX, offsetY }) => {
    const at = describe();
    const point = [offsetX, offsetY];
    if (!at || !chart.containPixel(grid, point)) return hide();
    const [x, y] = chart.convertFromPixel(grid, point) as number[];
    const html = at(x, y);
    if (html === undefined) return hide();
    shown = true;
    chart.dispatchAction({
      type: 'showTip',
      x: offsetX,
      y: offsetY,
      tooltip: { formatter: () => html },
    });
  });
  zr.on('globalout', hide);
}

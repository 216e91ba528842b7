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
 * grid, saying what the current describer says of the data point under it, for charts drawn
 * without an element per item (the farm heatmap's cells are one image). Hidden off the grid, when
 * there is no describer or it says nothing, and when the pointer leaves the chart. Returns the
 * function that swaps the describer: call it right after setting the option it belongs to, and a
 * tooltip still shown is described again at once from the new option (or hidden), not left stale.
 */
export function followPointer(chart: PointerChart): (describe: DescribePoint | undefined) => void {
  const grid = { gridIndex: 0 };
  let describe: DescribePoint | undefined;
  let pointer: number[] | undefined;
  let shown = false;
  const hide = () => {
    if (!shown) return;
    shown = false;
    chart.dispatchAction({ type: 'hideTip' });
  };
  const show = () => {
    if (!pointer || !describe || !chart.containPixel(grid, pointer)) return hide();
    const [x, y] = chart.convertFromPixel(grid, pointer) as number[];
    const html = describe(x, y);
    if (html === undefined) return hide();
    shown = true;
    const [offsetX, offsetY] = pointer;
    chart.dispatchAction({
      type: 'showTip',
      x: offsetX,
      y: offsetY,
      tooltip: { formatter: () => html },
    });
  };
  const zr = chart.getZr();
  zr.on('mousemove', ({ offsetX, offsetY }) => {
    pointer = [offsetX, offsetY];
    show();
  });
  zr.on('globalout', () => {
    pointer = undefined;
    hide();
  });
  return (next) => {
    describe = next;
    show();
  };
}

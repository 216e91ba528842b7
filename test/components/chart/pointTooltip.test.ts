import { describe, expect, it } from 'vitest';
import { followPointer, type PointerChart } from '../../../src/components/chart/pointTooltip';

type Handler = (e: { offsetX: number; offsetY: number }) => void;

/**
 * A stand-in chart whose grid covers pixels 10..110 both ways, data (x, y) = pixel - 10; it records
 * each tooltip action as 'show x,y: html' or 'hide'.
 */
function fakeChart() {
  const handlers = new Map<string, Handler>();
  const actions: string[] = [];
  const chart: PointerChart = {
    getZr: () => ({ on: (event, handler) => void handlers.set(event, handler) }),
    containPixel: (_finder, [x, y]) => x >= 10 && x <= 110 && y >= 10 && y <= 110,
    convertFromPixel: (_finder, [x, y]) => [x - 10, y - 10],
    dispatchAction: (payload) => {
      const action = payload as {
        type: string;
        x?: number;
        y?: number;
        tooltip?: { formatter: () => string };
      };
      actions.push(
        action.type === 'showTip'
          ? `show ${action.x},${action.y}: ${action.tooltip!.formatter()}`
          : 'hide',
      );
    },
  };
  const move = (offsetX: number, offsetY: number) =>
    handlers.get('mousemove')!({ offsetX, offsetY });
  const leave = () => handlers.get('globalout')!({ offsetX: 0, offsetY: 0 });
  return { chart, actions, move, leave };
}

const says =
  (name: string) =>
  (x: number, y: number): string =>
    `${name} at ${x},${y}`;

describe('followPointer', () => {
  it("followPointer(chart) shows the describer's words for the data point under the pointer", () => {
    const { chart, actions, move } = fakeChart();
    followPointer(chart)(says('cpu'));
    move(20, 30);
    expect(actions).toEqual(['show 20,30: cpu at 10,20']);
  });

  it('followPointer(chart) hides the tooltip once off the grid and when the pointer leaves', () => {
    const { chart, actions, move, leave } = fakeChart();
    followPointer(chart)(says('cpu'));
    move(20, 30);
    move(5, 5);
    move(4, 4);
    move(50, 50);
    leave();
    leave();
    expect(actions).toEqual([
      'show 20,30: cpu at 10,20',
      'hide',
      'show 50,50: cpu at 40,40',
      'hide',
    ]);
  });

  it('followPointer(chart) shows nothing where the describer says nothing, or without one', () => {
    const { chart, actions, move } = fakeChart();
    const describe = followPointer(chart);
    move(20, 30);
    describe((x) => (x < 50 ? 'left half' : undefined));
    move(80, 30);
    expect(actions).toEqual(['show 20,30: left half', 'hide']);
  });

  it('followPointer(chart) describes a shown tooltip again when the describer changes, or hides it', () => {
    const { chart, actions, move } = fakeChart();
    const describe = followPointer(chart);
    describe(says('cpu'));
    move(20, 30);
    describe(says('memory'));
    describe(undefined);
    expect(actions).toEqual(['show 20,30: cpu at 10,20', 'show 20,30: memory at 10,20', 'hide']);
  });

  it('followPointer(chart) shows nothing on a new describer while the pointer is away', () => {
    const { chart, actions, leave } = fakeChart();
    const describe = followPointer(chart);
    leave();
    describe(says('cpu'));
    expect(actions).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { colourRamp } from '../../src/charts/colourRamp';
import { lightTheme } from '../../src/charts/theme';
import { drawOption } from './optionHarness';

/** A packed colour as [r, g, b, a] bytes. */
const bytes = (word: number) => [word & 255, (word >>> 8) & 255, (word >>> 16) & 255, word >>> 24];

/** The fill ECharts gives a 1 x 1 heatmap cell of `value` under a continuous visualMap, as bytes. */
function echartsFill(stops: readonly string[], min: number, max: number, value: number) {
  const { svg } = drawOption({
    xAxis: { type: 'category', data: ['a'] },
    yAxis: { type: 'category', data: ['b'] },
    visualMap: { type: 'continuous', min, max, show: false, inRange: { color: [...stops] } },
    series: [{ type: 'heatmap', data: [[0, 0, value]] }],
  });
  const fill = /<path d="M[^"]*" fill="rgb\((\d+),(\d+),(\d+)\)"/.exec(svg);
  if (!fill) throw new Error('no cell drawn');
  return [Number(fill[1]), Number(fill[2]), Number(fill[3]), 255];
}

describe('colourRamp', () => {
  it.each([0, 12.5, 37, 50, 81.3, 100])(
    "colourRamp(theme ramp, 0, 100)(%s) is the colour ECharts' continuous visualMap gives it",
    (value) => {
      const ramp = colourRamp(lightTheme.sequential, 0, 100);
      expect(bytes(ramp(value))).toEqual(echartsFill(lightTheme.sequential, 0, 100, value));
    },
  );

  it('colourRamp(black..white, 0, 100) puts 50 half way, rounded as CSS bytes', () => {
    expect(bytes(colourRamp(['#000000', '#ffffff'], 0, 100)(50))).toEqual([128, 128, 128, 255]);
  });

  it('colourRamp(stops, min, max) gives the end colours beyond the range', () => {
    const ramp = colourRamp(['#102030', '#405060'], 10, 20);
    expect(bytes(ramp(-5))).toEqual([16, 32, 48, 255]);
    expect(bytes(ramp(25))).toEqual([64, 80, 96, 255]);
  });

  it('colourRamp(stops, min, max) makes NaN and ±Infinity transparent (0)', () => {
    const ramp = colourRamp(['#102030', '#405060'], 0, 1);
    expect([ramp(NaN), ramp(Infinity), ramp(-Infinity)]).toEqual([0, 0, 0]);
  });

  it('colourRamp(stops, v, v) gives every finite value the first stop', () => {
    expect(bytes(colourRamp(['#102030', '#405060'], 5, 5)(5))).toEqual([16, 32, 48, 255]);
  });

  it('colourRamp(translucent stops) keeps their alpha', () => {
    expect(bytes(colourRamp(['rgba(0, 0, 0, 0.5)', '#000000'], 0, 1)(0))).toEqual([0, 0, 0, 128]);
  });
});

import { describe, expect, it } from 'vitest';
import { markerSeries } from '../../src/charts/markerSeries';
import { drawOption } from './optionHarness';

const spec = (n: number) => ({
  id: 'spikes',
  name: 'Spikes',
  x: Float64Array.from({ length: n }, (_, i) => i),
  y: Float64Array.from({ length: n }, (_, i) => i % 7),
  color: '#dc2626',
  size: 6,
});

/** Path elements in the SVG ECharts draws for a chart of just these markers. */
function pathsDrawn(n: number): number {
  const { svg, warnings } = drawOption({
    xAxis: { type: 'value', min: 0, max: 1000 },
    yAxis: { type: 'value', min: 0, max: 10 },
    series: [{ ...markerSeries(spec(n)), progressive: 0 }],
  });
  expect(warnings).toEqual([]);
  return svg.split('<path').length - 1;
}

describe('markerSeries', () => {
  it('markerSeries(spec) is a scatter of [x, y] rows in the colour, above the lines', () => {
    expect(markerSeries(spec(2))).toMatchObject({
      type: 'scatter',
      id: 'spikes',
      name: 'Spikes',
      data: [
        [0, 0],
        [1, 1],
      ],
      symbolSize: 6,
      itemStyle: { color: '#dc2626' },
      z: 5,
    });
  });

  it('markerSeries(spec) draws up to 499 markers as symbols of their own, 500 on as one path', () => {
    const axes = pathsDrawn(0);
    expect(pathsDrawn(499) - axes).toBe(499);
    expect(pathsDrawn(500) - axes).toBe(1);
  });

  it('markerSeries(spec) draws 400 markers per frame from 500 on', () => {
    expect(markerSeries(spec(1))).toMatchObject({ progressive: 400, progressiveThreshold: 500 });
  });
});

import { describe, expect, it } from 'vitest';
import { farmView, type FarmView } from '../../src/analysis/views/farmView';
import { colourRamp } from '../../src/charts/colourRamp';
import {
  farmCellTooltip,
  farmHeatmapOption,
  farmSpan,
  type ImageFromPixels,
} from '../../src/charts/farmHeatmapOption';
import { darkTheme, lightTheme, withTimeZone } from '../../src/charts/theme';
import { DEVIANT_FROM, DEVIANT_TO, deviantFarm } from '../analysis/views/deviantFarm';
import { inTimeZone } from './inTimeZone';
import { drawOption, part, seriesOf } from './optionHarness';

const EVIL = '<img src=x onerror=alert(1)>';
// Midnight UTC, which is 19:00 the day before in New York, where these tests run.
const START = Date.UTC(2024, 0, 1);

/** The unit each metric of these tests is in, as the farm would give it. */
const UNITS: Record<string, string> = { cpu: '%', memory: '%', diskIo: 'MB/s' };

/** 4 servers worst first in 3 rows (the middle row a group of 2) x 2 columns of 30 steps. */
function view(
  metricName = 'cpu',
  time: FarmView['time'] = { startMs: START, stepMs: 60_000 },
  unit = UNITS[metricName],
): FarmView {
  return {
    // The chart reads only the heatmap, order, metric name, unit and time.
    health: {} as FarmView['health'],
    heatmap: {
      rows: 3,
      columns: 2,
      values: Float64Array.of(90, 80, 50, NaN, 10, 20),
      rowStart: Uint32Array.of(0, 1, 3, 4),
      colStart: Uint32Array.of(0, 30, 60),
      min: 10,
      max: 90,
    },
    metrics: [{ key: metricName, metric: metricName, unit }],
    metric: 0,
    metricName,
    unit,
    cpuMetric: null,
    memoryMetric: null,
    scoreRule: '',
    alignment: '',
    order: [EVIL, 'web-02', 'web-03', 'web-04'],
    time,
    peers: null,
  };
}

/** Images painted, as pixel words; each a stand-in that the SVG renderer can embed. */
function recorder() {
  const painted: { words: Uint32Array; width: number; height: number }[] = [];
  const toImage: ImageFromPixels = (pixels, width, height) => {
    painted.push({ words: new Uint32Array(pixels.buffer), width, height });
    return { width, height, toDataURL: () => 'data:image/png;base64,' } as HTMLCanvasElement;
  };
  return { painted, toImage };
}

const option = (v: FarmView, theme = lightTheme) => farmHeatmapOption(v, theme, recorder().toImage);

/** Epoch ms of the view's step (minute) m. */
const minute = (m: number) => START + m * 60_000;

describe('farmHeatmapOption', () => {
  inTimeZone('America/New_York');
  const local = withTimeZone(lightTheme, 'local');

  it('farmHeatmapOption(view) labels rows by server or group, worst row at the top', () => {
    const yAxis = part(option(view()), 'yAxis');
    expect(yAxis).toMatchObject({ type: 'category', inverse: true });
    expect(yAxis.data).toEqual([EVIL, 'web-02 … web-03 (2 servers)', 'web-04']);
  });

  it('farmHeatmapOption(view) paints the cells as one image from the first step to the last, worst row on top', () => {
    const { painted, toImage } = recorder();
    const { result, svg } = drawOption(farmHeatmapOption(view(), lightTheme, toImage), (chart) =>
      [
        [minute(0), 0],
        [minute(60), 2],
      ].map((point) => chart.convertToPixel({ seriesIndex: 0 }, point) as number[]),
    );
    const [[x0, y0], [x1, y2]] = result;
    const row = (y2 - y0) / 2;
    expect(painted).toHaveLength(1);
    const { words, width, height } = painted[0];
    expect(Math.abs(width - (x1 - x0))).toBeLessThanOrEqual(1);
    expect(Math.abs(height - 3 * row)).toBeLessThanOrEqual(1);
    expect(svg).toContain(`x="${Math.round(x0)}"`);
    const colour = colourRamp(lightTheme.sequential, 0, 100);
    const at = (c: number, r: number) =>
      words[Math.floor((r + 0.5) * row) * width + Math.floor(((c + 0.5) * width) / 2)];
    expect([at(0, 0), at(1, 0), at(0, 1), at(1, 1), at(0, 2), at(1, 2)]).toEqual(
      [90, 80, 50, NaN, 10, 20].map(colour),
    );
    expect(at(1, 1)).toBe(0);
  });

  it('farmHeatmapOption(view) makes each column as wide as its steps', () => {
    const { painted, toImage } = recorder();
    const uneven = view();
    const heatmap = { ...uneven.heatmap, colStart: Uint32Array.of(0, 15, 60) };
    drawOption(farmHeatmapOption({ ...uneven, heatmap }, lightTheme, toImage));
    const { words, width } = painted[0];
    const colour = colourRamp(lightTheme.sequential, 0, 100);
    expect(words[Math.floor(width * 0.2)]).toBe(colour(90));
    expect(words[Math.floor(width * 0.3)]).toBe(colour(80));
  });

  it('farmHeatmapOption(view) paints its image again only when the plot changes size', () => {
    const { painted, toImage } = recorder();
    drawOption(farmHeatmapOption(view(), lightTheme, toImage), (chart) => {
      chart.setOption({ title: { text: 'redrawn' } });
      chart.resize({ width: 800, height: 400 });
    });
    expect(painted).toHaveLength(2);
    expect(painted[1].width).toBeGreaterThan(painted[0].width);
  });

  it('farmHeatmapOption(view) spans a time axis from the first step to the last one’s end', () => {
    expect(part(option(view()), 'xAxis')).toMatchObject({
      type: 'time',
      min: minute(0),
      max: minute(60),
    });
  });

  it('farmHeatmapOption(view) labels its time axis in the theme’s zone (root useUTC)', () => {
    expect(option(view(), local).useUTC).toBe(false);
    expect(option(view()).useUTC).toBe(true);
  });

  it('farmHeatmapOption(view) spans a step axis when the farm is untimed', () => {
    const xAxis = part(option(view('cpu', null)), 'xAxis');
    expect(xAxis).toMatchObject({ type: 'value', name: 'step', min: 0, max: 60 });
  });

  it.each([
    ['cpu', '%', 0, 100],
    ['memory', '%', 0, 100],
    ['diskIo', 'MB/s', 10, 90],
    ['cpu', 'ms', 10, 90],
    ['node_load1', '', 10, 90],
  ])(
    'farmHeatmapOption(view of %s in "%s") scales colours over %s..%s',
    (metric, unit, min, max) => {
      const { painted, toImage } = recorder();
      const built = farmHeatmapOption(view(metric, undefined, unit), darkTheme, toImage);
      const visualMap = part(built, 'visualMap');
      expect(visualMap).toMatchObject({ type: 'continuous', min, max, seriesIndex: [] });
      expect(visualMap.inRange).toEqual({ color: [...darkTheme.sequential] });
      drawOption(built);
      const { words, width } = painted[0];
      expect(words[0]).toBe(colourRamp(darkTheme.sequential, min, max)(90));
      expect(words[width - 1]).toBe(colourRamp(darkTheme.sequential, min, max)(80));
    },
  );

  it('farmHeatmapOption(view) gives the colour scale’s ends in the view’s unit', () => {
    const visualMap = part(option(view('latency', undefined, 'ms')), 'visualMap');
    expect(visualMap.text).toEqual(['90 ms', '10 ms']);
  });

  it('farmHeatmapOption(view) names its series after the metric drawn', () => {
    const series = (option(view('node_load1{job="node"}', undefined, '')).series as object[])[0];
    expect(series).toMatchObject({ id: 'heatmap', name: 'node_load1{job="node"}' });
  });

  it('farmHeatmapOption(view) leaves its tooltip to the pointer (farmCellTooltip)', () => {
    expect(part(option(view()), 'tooltip')).toMatchObject({ trigger: 'none', triggerOn: 'none' });
  });

  it('farmHeatmapOption(view) tells screen readers the metric, servers, most loaded, span and colours', () => {
    expect(part(option(view()), 'aria')).toEqual({
      enabled: true,
      label: {
        description:
          `Server farm heatmap of cpu: 4 servers in 3 rows, most loaded first (${EVIL}, web-02, ` +
          'web-03), 2024-01-01 00:00 – 01:00 UTC; colours from 0 % to 100 %.',
      },
    });
  });

  it('farmHeatmapOption(view, untimed) tells screen readers its steps', () => {
    const label = part(option(view('diskIo', null)), 'aria').label as { description: string };
    expect(label.description).toContain('steps 0 to 59; colours from 10 MB/s to 90 MB/s.');
  });

  it('farmHeatmapOption(view) is drawn by ECharts without warnings', () => {
    expect(drawOption(option(view())).warnings).toEqual([]);
  });

  describe('peer outliers', () => {
    // One row per server (web-2, web-6, web-5, ...) and per minute: web-5 is row 2.
    const deviant = farmView(deviantFarm(), { peerWindow: 5, maxRows: 8, maxColumns: 120 });
    const farmStart = deviant.time!.startMs;
    const at = (step: number) => farmStart + step * 60_000;

    it('farmHeatmapOption(view) outlines the outlier’s cells on its server’s row, over its run', () => {
      const built = option(deviant);
      expect(seriesOf(built).map((s) => s.id)).toEqual(['heatmap', 'peerOutliers']);
      const { svg, warnings, result } = drawOption(built, (chart) =>
        [
          [at(DEVIANT_FROM), 2],
          [at(DEVIANT_TO + 5), 3],
        ].map((point) => chart.convertToPixel({ seriesIndex: 0 }, point) as number[]),
      );
      expect(warnings).toEqual([]);
      const [[x0, middle], [x1, below]] = result;
      const outlines = [
        ...svg.matchAll(/<path d="([^"]+)" fill="none"[^>]* stroke="#2563eb"[^>]*>/g),
      ];
      expect(outlines).toHaveLength(1);
      const numbers = outlines.flatMap(([, d]) => d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      expect(numbers).toHaveLength(8);
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      // On the cells' edges, rounded to 0.1 px by the SVG renderer.
      const half = (below - middle) / 2;
      expect(Math.min(...xs)).toBeCloseTo(x0, 0);
      expect(Math.max(...xs)).toBeCloseTo(x1, 0);
      expect(Math.min(...ys)).toBeCloseTo(middle - half, 0);
      expect(Math.max(...ys)).toBeCloseTo(middle + half, 0);
      expect(outlines[0][0]).toContain('stroke-width="1.5"');
    });

    it('farmHeatmapOption(view) outlines rows under 12 px with a 1 px line', () => {
      // 40 rows of one server in the 288 px the 360 px chart leaves its plot: 7.2 px each.
      const base = view();
      const order = Array.from({ length: 40 }, (_, i) => `db-${i}`);
      const heatmap = {
        ...base.heatmap,
        rows: 40,
        values: new Float64Array(80).fill(50),
        rowStart: Uint32Array.from({ length: 41 }, (_, i) => i),
      };
      const marks = [{ row: 3, fromColumn: 0, toColumn: 1 }];
      const peers = { window: 5, threshold: 3, runs: [], count: 1, hosts: 1, marks };
      const { svg } = drawOption(option({ ...base, heatmap, order, peers }));
      const outline = svg.match(/<path d="[^"]+" fill="none"[^>]* stroke="#2563eb"[^>]*>/)![0];
      // 1 px, SVG's default width, is left unsaid.
      expect(outline).not.toContain('stroke-width');
    });

    it('farmHeatmapOption(view) outlines in the theme’s accent colour, silent to the pointer', () => {
      const { svg } = drawOption(option(deviant, darkTheme));
      expect(svg).toMatch(
        /<path d="[^"]+" fill="none"[^>]* stroke="#60a5fa"[^>]*ecmeta_silent="true"/,
      );
    });

    it('farmHeatmapOption(view) has no outline series without peer outliers', () => {
      const calm = farmView(deviantFarm(), { peerThreshold: 100 });
      expect(seriesOf(option(calm)).map((s) => s.id)).toEqual(['heatmap']);
      expect(seriesOf(option(view())).map((s) => s.id)).toEqual(['heatmap']);
    });

    it('farmHeatmapOption(view) tells screen readers how many runs on how many servers are outlined', () => {
      const label = part(option(deviant), 'aria').label as { description: string };
      expect(label.description).toMatch(/ Peer outliers outlined: 1 run on 1 server\.$/);
    });
  });
});

describe('farmSpan', () => {
  inTimeZone('America/New_York');
  const time = { startMs: START, stepMs: 60_000 };

  it.each([
    [null, 'utc', 0, 30, 'steps 0–29'],
    [null, 'utc', 7, 8, 'step 7'],
    [null, 'utc', 1000, 2000, 'steps 1,000–1,999'],
    [time, 'utc', minute(30), minute(60), '2024-01-01 00:30 – 01:00 UTC'],
    [time, 'local', minute(30), minute(60), '2023-12-31 19:30 – 20:00'],
    [time, 'utc', minute(-30), minute(0), '2023-12-31 23:30 – 2024-01-01 00:00 UTC'],
  ] as const)('farmSpan(%j, %s, %d, %d) is %j', (grid, zone, from, to, words) => {
    expect(farmSpan(grid, zone, from, to)).toBe(words);
  });
});

describe('farmCellTooltip', () => {
  inTimeZone('America/New_York');

  it('farmCellTooltip(view)(time, row) escapes the row label and gives time span and value', () => {
    const html = farmCellTooltip(view(), lightTheme)(minute(45), 0)!;
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('2024-01-01 00:30 – 01:00 UTC: <b>80 %</b>');
  });

  it('farmCellTooltip(view) takes the block holding the time and the nearest row', () => {
    const at = farmCellTooltip(view(), lightTheme);
    expect(at(minute(30), 1.4)).toBe(at(minute(59.9), 1));
    expect(at(minute(0), 2.3)).toBe(at(minute(29.9), 2));
    expect(at(minute(29.9), 2)).not.toBe(at(minute(30), 2));
  });

  it('farmCellTooltip(view) names the row group and says a blank cell has no samples', () => {
    const html = farmCellTooltip(view(), lightTheme)(minute(31), 1)!;
    expect(html).toContain('web-02 … web-03 (2 servers)');
    expect(html).toContain('<b>no samples</b>');
  });

  it('farmCellTooltip(view) says nothing off the grid', () => {
    const at = farmCellTooltip(view(), lightTheme);
    const outside = [
      at(minute(-0.1), 0),
      at(minute(60), 0),
      at(minute(0), 3),
      at(minute(0), -1),
      at(NaN, 0),
    ];
    expect(outside).toEqual(Array(5).fill(undefined));
  });

  it("farmCellTooltip(view) gives the time span in the browser's zone, unlabelled", () => {
    const local = withTimeZone(lightTheme, 'local');
    expect(farmCellTooltip(view(), local)(minute(30), 0)).toContain(
      '2023-12-31 19:30 – 20:00: <b>80 %</b>',
    );
  });

  it('farmCellTooltip(view) gives a block ending on the next day with its date', () => {
    const late = view('cpu', { startMs: minute(-30), stepMs: 60_000 });
    expect(farmCellTooltip(late, lightTheme)(minute(-10), 0)).toContain(
      '2023-12-31 23:30 – 2024-01-01 00:00 UTC: <b>90 %</b>',
    );
  });

  it('farmCellTooltip(view of diskIo, untimed) gives the steps and MB/s', () => {
    expect(farmCellTooltip(view('diskIo', null), lightTheme)(12.5, 1)).toContain(
      'steps 0–29: <b>50 MB/s</b>',
    );
  });
});

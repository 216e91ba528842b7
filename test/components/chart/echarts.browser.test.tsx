import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { getInstanceByDom, type EChartsCoreOption } from 'echarts/core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { anomaliesOption } from '../../../src/charts/anomaliesOption';
import { capacityOption } from '../../../src/charts/capacityOption';
import { correlationOption } from '../../../src/charts/correlationOption';
import { dataCentresOption } from '../../../src/charts/dataCentresOption';
import { farmCellTooltip, farmHeatmapOption } from '../../../src/charts/farmHeatmapOption';
import { loadBalanceOption } from '../../../src/charts/loadBalanceOption';
import { overviewOption } from '../../../src/charts/overviewOption';
import { peakHoursOption } from '../../../src/charts/peakHoursOption';
import { percentileBandsOption } from '../../../src/charts/percentileBandsOption';
import { slaHistogramOption } from '../../../src/charts/slaHistogramOption';
import { darkTheme, lightTheme } from '../../../src/charts/theme';
import { trafficOption } from '../../../src/charts/trafficOption';
import { whereBenchOption } from '../../../src/charts/whereBenchOption';
import { canvasFromPixels } from '../../../src/components/chart/canvasFromPixels';
import { EChart } from '../../../src/components/chart/EChart';
import { chartPng, chartSvg } from '../../../src/components/chart/echarts';
import { isNeeds, type Needs } from '../../../src/analysis/views/needs';
import { demoDatasets } from '../../../src/io/demoDatasets';
import { simulateDemo } from '../../../src/io/simulateDemo';
import { defaultParams } from '../../../src/store/panels';
import { analyses, type AnalysisName, type AnalysisResult } from '../../../src/worker/analyses';
import { buildWorkspace, catalogue } from '../../../src/worker/workspace';

/**
 * Per chart task run: the charts it drew (data-drawn "false" before it, "true" after), and those
 * left with a canvas but data-drawn "false" after it (given an option, still drawing).
 */
const chartTasks = vi.hoisted(() => ({ runs: [] as { drawn: string[]; drawing: string[] }[] }));

vi.mock('../../../src/components/chart/scheduleChartTask', async (importOriginal) => {
  const actual =
    await importOriginal<typeof import('../../../src/components/chart/scheduleChartTask')>();
  const charts = (selector: string) =>
    [...document.querySelectorAll(selector)].map((chart) => chart.getAttribute('data-chart')!);
  return {
    scheduleChartTask: (task: () => void) =>
      actual.scheduleChartTask(() => {
        const before = charts('[data-chart][data-drawn="true"]');
        task();
        chartTasks.runs.push({
          drawn: charts('[data-chart][data-drawn="true"]').filter((n) => !before.includes(n)),
          drawing: charts('[data-chart][data-drawn="false"]:has(canvas)'),
        });
      }),
  };
});

const { workspace } = buildWorkspace(demoDatasets(simulateDemo(42, 'small')), 'demo');
const params = defaultParams(catalogue(workspace));

/** A panel's analysis of the demo with its opening parameters; throws if it says what it needs. */
function run<K extends AnalysisName>(panel: K): Exclude<AnalysisResult<K>, Needs> {
  const analysis = analyses[panel] as (w: typeof workspace, p: unknown) => AnalysisResult<K>;
  const result = analysis(workspace, params[panel]);
  if (isNeeds(result)) throw new Error(`${panel} ${result.needs}`);
  return result as Exclude<AnalysisResult<K>, Needs>;
}

/** Every builder's option on the small demo, as the panels draw them. */
const OPTIONS: [string, () => EChartsCoreOption][] = [
  ['overview', () => overviewOption(run('overview'), lightTheme)],
  ['farm', () => farmHeatmapOption(run('farm'), lightTheme, canvasFromPixels)],
  ['anomalies', () => anomaliesOption(run('anomalies'), lightTheme)],
  ['capacity', () => capacityOption(run('capacity'), lightTheme)],
  ['percentile bands', () => percentileBandsOption(run('percentileBands'), lightTheme)],
  ['traffic', () => trafficOption(run('traffic'), lightTheme)],
  ['peak hours', () => peakHoursOption(run('traffic'), lightTheme)],
  ['load balance', () => loadBalanceOption(run('loadBalance'), lightTheme)],
  ['SLA histogram', () => slaHistogramOption(run('sla'), lightTheme, 200)],
  ['correlation', () => correlationOption(run('trends').correlation!, darkTheme)],
  ['data centres', () => dataCentresOption(run('dataCentres'), darkTheme)],
  [
    'vectorised vs loop',
    () => whereBenchOption({ n: 1000, vectorisedMs: 2, loopMs: 9, speedup: 4.5 }, lightTheme),
  ],
];

beforeAll(() => {
  const style = document.createElement('style');
  style.textContent = '.chart { width: 640px; height: 300px; }';
  document.head.append(style);
});

afterEach(() => {
  cleanup();
  chartTasks.runs.length = 0;
  vi.restoreAllMocks();
});

describe('echarts (the registered pieces) through EChart in Chromium', () => {
  it.each(OPTIONS)('draws the %s option to the end with no piece missing', async (name, build) => {
    const complaints = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
    render(<EChart name={name} option={build()} />);
    const chart = screen.getByRole('img', { name: /./ });
    expect(chart).toHaveAttribute('data-chart', name);
    await waitFor(() => expect(chart).toHaveAttribute('data-drawn', 'true'));
    expect(chart.querySelector('canvas')).not.toBeNull();
    for (const spy of complaints) expect(spy).not.toHaveBeenCalled();
  });

  it('draws options given at once one chart per task, each whole within its task', async () => {
    render(
      <>
        {OPTIONS.map(([name, build]) => (
          <EChart key={name} name={name} option={build()} />
        ))}
      </>,
    );
    const charts = screen.getAllByRole('img');
    expect(charts.every((chart) => chart.getAttribute('data-drawn') === 'false')).toBe(true);
    await waitFor(() =>
      expect(charts.every((chart) => chart.getAttribute('data-drawn') === 'true')).toBe(true),
    );
    const drawing = chartTasks.runs.map((run) => run.drawn).filter((names) => names.length > 0);
    expect(drawing.every((names) => names.length === 1)).toBe(true);
    expect(drawing.flat().sort()).toEqual(OPTIONS.map(([name]) => name).sort());
  });

  it('draws 2000 anomaly markers progressively: data-drawn turns "true" only after the last chunk, past its task', async () => {
    const view = run('anomalies');
    const at = (values: Float64Array) =>
      Float64Array.from({ length: 2000 }, (_, i) => values[i % values.length]);
    const markers = { x: at(view.series.x), y: at(view.series.y) };
    render(<EChart name="markers" option={anomaliesOption({ ...view, markers }, lightTheme)} />);
    const chart = screen.getByRole('img', { name: /^markers: / });
    await waitFor(() => expect(chart).toHaveAttribute('data-drawn', 'true'));
    const runs = chartTasks.runs;
    // Its task set the option and drew the first chunk, but left it undrawn; frames drew the rest.
    expect(runs.some((run) => run.drawing.includes('markers'))).toBe(true);
    expect(runs.some((run) => run.drawn.includes('markers'))).toBe(false);
  });

  it("shows the farm cell's tooltip where the pointer is, and hides it off the grid", async () => {
    const view = run('farm');
    render(
      <EChart
        name="farm"
        option={farmHeatmapOption(view, lightTheme, canvasFromPixels)}
        pointTooltip={farmCellTooltip(view, lightTheme)}
      />,
    );
    const element = screen.getByRole('img', { name: /^Server farm heatmap of / });
    await waitFor(() => expect(element).toHaveAttribute('data-drawn', 'true'));
    const chart = getInstanceByDom(element)!;
    const canvas = element.querySelector('canvas')!;
    const move = ([x, y]: number[]) => {
      const box = canvas.getBoundingClientRect();
      const at = { clientX: box.left + x, clientY: box.top + y, bubbles: true };
      canvas.dispatchEvent(new MouseEvent('mousemove', at));
    };
    const tip = () => [...element.querySelectorAll('div')].find((d) => d.innerHTML.includes('<b>'));
    // The middle of the last column's steps, on the second row.
    const { colStart, columns } = view.heatmap;
    const step = (colStart[columns - 1] + colStart[columns]) / 2;
    const point = [view.time!.startMs + step * view.time!.stepMs, 1];
    move(chart.convertToPixel({ gridIndex: 0 }, point) as number[]);
    const expected = document.createElement('div');
    expected.innerHTML = farmCellTooltip(view, lightTheme)(point[0], point[1])!;
    await waitFor(() => expect(tip()?.textContent).toBe(expected.textContent));
    // Still there after ECharts' hide delay (100 ms): ECharts itself does not hide it again.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(tip()).toSatisfy(
      (d?: HTMLElement) => d?.style.display !== 'none' && d?.style.opacity !== '0',
    );
    expect(expected.textContent).toContain(view.order[1]);
    move([2, 2]);
    await waitFor(() =>
      expect(tip()).toSatisfy(
        (d?: HTMLElement) => !d || d.style.display === 'none' || d.style.opacity === '0',
      ),
    );
  });
});

/** The bytes of a base64 data URL. */
function dataUrlBytes(url: string): Uint8Array {
  const text = atob(url.slice(url.indexOf(',') + 1));
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

/** PNG's 8-byte signature. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('chartPng and chartSvg (the export buttons) with the registered pieces in Chromium', () => {
  it.each(OPTIONS.filter(([name]) => name !== 'farm'))(
    'chartSvg draws the %s option as a well-formed SVG document of the size asked for, on the background',
    (_, build) => {
      const complaints = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
      const svg = chartSvg(build(), 640, 300, '#ffffff');
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).toBeNull();
      const root = doc.documentElement;
      expect(root.tagName).toBe('svg');
      expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['640', '300']);
      const background = root.querySelector('rect');
      expect(background?.getAttribute('fill')).toBe('#ffffff');
      expect(background?.getAttribute('width')).toBe('640');
      expect(root.querySelectorAll('path').length).toBeGreaterThan(0);
      expect(root.querySelectorAll('text').length).toBeGreaterThan(0);
      expect(root.querySelector('image')).toBeNull();
      for (const spy of complaints) expect(spy).not.toHaveBeenCalled();
    },
  );

  it("the farm heatmap's SVG could only embed its painted cells as one bitmap: it is offered as PNG only", () => {
    const option = farmHeatmapOption(run('farm'), lightTheme, canvasFromPixels);
    const doc = new DOMParser().parseFromString(
      chartSvg(option, 640, 420, '#ffffff'),
      'image/svg+xml',
    );
    const images = [...doc.querySelectorAll('image')];
    expect(images).toHaveLength(1);
    expect(images[0].getAttribute('href')).toMatch(/^data:image\/png;base64,/);
  });

  it('chartPng gives a PNG of the chart drawn, at twice its CSS size', async () => {
    render(<EChart name="overview" option={OPTIONS[0][1]()} />);
    const element = screen.getByRole('img', { name: /./ });
    await waitFor(() => expect(element).toHaveAttribute('data-drawn', 'true'));
    const bytes = dataUrlBytes(chartPng(element, '#1a1e24')!);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const header = new DataView(bytes.buffer, 16, 8);
    expect([header.getUint32(0), header.getUint32(4)]).toEqual([1280, 600]);
  });

  it('chartPng is null for an element without a chart', () => {
    expect(chartPng(document.createElement('div'), '#ffffff')).toBeNull();
  });
});

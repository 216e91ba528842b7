import { describe, expect, it } from 'vitest';
import { slaMetrics } from '../../../src/analysis/slaMetrics';
import { transferables } from '../../../src/analysis/transferables';
import { msPerUnit, slaView } from '../../../src/analysis/views/slaView';

const latencyMs = Float64Array.from([120, 180, 210, 250, 90, 600, 199, 201, 150, 800]);
const named = (values: Float64Array, unit: string) => ({ name: 'latency', values, unit });

describe('slaView', () => {
  it.each([
    ['s', 1000],
    ['ms', 1],
    ['', 1],
    ['%', 1],
  ])('msPerUnit(%j) is %i', (unit, ms) => {
    expect(msPerUnit(unit)).toBe(ms);
  });

  it('on a series of ms is slaMetrics with the target as given', () => {
    const view = slaView(named(latencyMs, 'ms'), { target: 200, apdexT: 150 });
    expect(view).toEqual({
      ...slaMetrics(latencyMs, { target: 200, apdexT: 150 }),
      target: 200,
    });
  });

  it('judges a series of seconds against the same ms target: same compliance and Apdex', () => {
    const seconds = latencyMs.map((x) => x / 1000);
    const inMs = slaView(named(latencyMs, 'ms'), { target: 200, apdexT: 150 });
    const inS = slaView(named(seconds, 's'), { target: 200, apdexT: 150 });
    expect(inS.target).toBe(0.2);
    expect(inS.compliance).toBe(inMs.compliance);
    expect(inS.compliance).toBe(0.5);
    expect(inS.apdex).toBe(inMs.apdex);
    expect(inS.percentiles.p50).toBeCloseTo(inMs.percentiles.p50 / 1000, 12);
  });

  it('takes Apdex T to be the target when it is not given', () => {
    const seconds = latencyMs.map((x) => x / 1000);
    const view = slaView(named(seconds, 's'), { target: 250 });
    expect(view.apdex).toBe(slaMetrics(seconds, { target: 0.25, apdexT: 0.25 }).apdex);
    expect(view.apdex).toBe(0.9);
  });

  it('gives after target, Apdex T, IQR factor and bins moves on one series, back to back, what slaMetrics gives', () => {
    const series = named(latencyMs, 'ms');
    const moves = [
      { target: 200 },
      { target: 300, apdexT: 100 },
      { target: 300, apdexT: 100, iqrFactor: 0.5 },
      { target: 150, iqrFactor: 0.5, bins: 7 },
      { target: 150, iqrFactor: 1.5, bins: 7 },
      { target: 150 },
    ];
    const moved = moves.map((options) => slaView(series, options));
    moves.forEach((options, k) => {
      expect(moved[k]).toEqual({ ...slaMetrics(latencyMs, options), target: options.target });
    });
    // The IQR factor changes what is filtered out: a cache keyed on the values alone would not.
    expect(moved[3].filteredOut).not.toBe(moved[4].filteredOut);
  });

  it('gives each view a histogram of its own: transferring one, as the worker does, spares the next', () => {
    const series = named(latencyMs, 'ms');
    const first = slaView(series, { target: 200 });
    structuredClone(first, { transfer: transferables(first) });
    expect(first.histogram.counts).toHaveLength(0);
    const moved = slaView(series, { target: 250 });
    expect(moved.histogram).toEqual(slaMetrics(latencyMs, { target: 250 }).histogram);
  });
});

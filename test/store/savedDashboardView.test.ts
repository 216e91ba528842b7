import { describe, expect, it } from 'vitest';
import { parseSavedView } from '../../src/store/savedDashboardView';
import type { ViewState } from '../../src/store/viewState';

const VIEW: ViewState = {
  demo: { seed: 7, size: 'medium' },
  params: {
    overview: { series: ['cpu %', 'memory %'], top: 10, rank: 'max', highLoad: 70 },
    anomalies: {
      series: 'latency p99 (ms)',
      detector: 'robust',
      window: 40,
      threshold: 2.5,
      timeZone: 'UTC',
    },
    capacity: {
      series: null,
      growthRate: 0.3,
      forecastDays: 60,
      capacity: 100,
      buffer: 0.1,
      dailyStatistic: 'mean',
      method: 'holtWinters',
    },
  },
  theme: 'dark',
  timeZone: 'local',
  zoom: { start: 1_700_000_000_000, end: 1_700_003_600_000 },
};

const text = (x: unknown) => JSON.stringify(x);

describe('parseSavedView', () => {
  it('reads back what captureViewState gave, as it was', () => {
    expect(parseSavedView(text(VIEW))).toEqual(VIEW);
  });

  it.each([
    ['not JSON', '{'],
    ['JSON that is not an object', '[1]'],
    ['an unknown theme', text({ ...VIEW, theme: 'neon' })],
    ['an unknown time zone setting', text({ ...VIEW, timeZone: 'Mars/Olympus' })],
    ['a demo size that is not one', text({ ...VIEW, demo: { seed: 1, size: 'huge' } })],
    ['a fractional seed', text({ ...VIEW, demo: { seed: 1.5, size: 'small' } })],
    ['no params', text({ ...VIEW, params: undefined })],
  ])('is null for %s', (_, json) => {
    expect(parseSavedView(json)).toBeNull();
  });

  it('drops unknown panels, prototype keys and values of kinds no panel takes', () => {
    const crafted =
      '{"demo":{"seed":1,"size":"small"},"theme":"light","timeZone":"utc","zoom":null,' +
      '"params":{"nope":{"a":1},"__proto__":{"polluted":true},' +
      '"traffic":{"spikeSigma":3,"__proto__":{"x":1},"constructor":2,"nested":{"a":1},' +
      '"huge":1e999,"list":[1,2],"long":"' +
      'x'.repeat(2000) +
      '"}}}';
    const view = parseSavedView(crafted);
    expect(view?.params).toEqual({ traffic: { spikeSigma: 3 } });
    expect(Object.getPrototypeOf(view?.params.traffic)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    [
      'reversed-looking but finite (kept: setZoom decides)',
      { start: 5, end: 1 },
      { start: 5, end: 1 },
    ],
    ['a missing end', { start: 5 }, null],
    ['text', 'all', null],
  ])('zoom of %s', (_, zoom, expected) => {
    expect(parseSavedView(text({ ...VIEW, zoom }))?.zoom).toEqual(expected);
  });
});

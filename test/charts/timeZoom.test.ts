import { describe, expect, it } from 'vitest';
import { timeZoom, zoomSliderSpace } from '../../src/charts/timeZoom';
import { lightTheme } from '../../src/charts/theme';

const ZOOM = { start: 1e12 + 60_000, end: 1e12 + 120_000 };

describe('timeZoom', () => {
  it("timeZoom('time', zoom) opens an inside zoom and a slider on the zoomed window, in epoch ms", () => {
    const [inside, slider] = timeZoom('time', ZOOM, lightTheme);
    for (const zoom of [inside, slider]) {
      expect(zoom).toMatchObject({ startValue: ZOOM.start, endValue: ZOOM.end, xAxisIndex: [0] });
      expect(zoom).not.toHaveProperty('start');
    }
    expect(inside.type).toBe('inside');
    expect(slider.type).toBe('slider');
  });

  it("timeZoom('time', null) shows the whole axis", () => {
    for (const zoom of timeZoom('time', null, lightTheme)) {
      expect(zoom).toMatchObject({ start: 0, end: 100 });
      expect(zoom).not.toHaveProperty('startValue');
    }
  });

  it('zooms on Ctrl + wheel only, so a plain wheel scrolls the page, and keeps lines whole at the edges', () => {
    const [inside, slider] = timeZoom('time', null, lightTheme);
    expect(inside).toMatchObject({ zoomOnMouseWheel: 'ctrl', moveOnMouseWheel: false });
    expect(inside.filterMode).toBe('none');
    expect(slider.filterMode).toBe('none');
  });

  it('timeZoom(xKind, zoom, theme, axes) zooms every axis given together', () => {
    for (const zoom of timeZoom('time', ZOOM, lightTheme, [0, 1])) {
      expect(zoom.xAxisIndex).toEqual([0, 1]);
    }
  });

  it("timeZoom('index', zoom) has nothing to zoom: the linked zoom is a time range", () => {
    expect(timeZoom('index', ZOOM, lightTheme)).toEqual([]);
  });
});

describe('zoomSliderSpace', () => {
  it('leaves room for the slider under a time axis only', () => {
    expect(zoomSliderSpace('time')).toBeGreaterThan(18);
    expect(zoomSliderSpace('index')).toBe(0);
  });
});

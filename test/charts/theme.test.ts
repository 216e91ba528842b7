import { describe, expect, it } from 'vitest';
import { darkTheme, lightTheme, withTimeZone, type ChartTheme } from '../../src/charts/theme';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const themes: [string, ChartTheme][] = [
  ['lightTheme', lightTheme],
  ['darkTheme', darkTheme],
];

describe('theme', () => {
  it('contrast(#000000, #ffffff) is 21, so the helper below is sound', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 10);
  });

  it.each(themes)('%s text and muted text reach 4.5:1 against its background', (_, theme) => {
    expect(contrast(theme.text, theme.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme.muted, theme.background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(themes)(
    '%s series, accent and status colours reach 3:1 against its background',
    (_, theme) => {
      const graphics = [...theme.series, theme.accent, theme.danger, theme.warning, theme.ok];
      for (const colour of graphics) {
        expect(contrast(colour, theme.background), colour).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it.each(themes)('%s has 8 distinct series colours, none equal to danger', (_, theme) => {
    expect(new Set(theme.series).size).toBe(8);
    expect(theme.series).not.toContain(theme.danger);
  });

  it.each(themes)(
    '%s sequential ramp starts nearest the background and ends farthest from it',
    (_, theme) => {
      const distances = theme.sequential.map((c) => contrast(c, theme.background));
      expect(Math.min(...distances)).toBe(distances[0]);
      expect(Math.max(...distances)).toBe(distances[distances.length - 1]);
    },
  );

  it.each(themes)('%s band fill is translucent', (_, theme) => {
    const alpha = Number(/rgba\(.*,\s*([\d.]+)\)/.exec(theme.band)?.[1]);
    expect(alpha).toBeGreaterThan(0);
    expect(alpha).toBeLessThan(0.5);
  });

  it.each(themes)('%s shows times in UTC', (_, theme) => {
    expect(theme.timeZone).toBe('utc');
  });

  it('withTimeZone(theme, zone) changes only the time zone, and is theme itself when unchanged', () => {
    const local = withTimeZone(darkTheme, 'local');
    expect(local).toEqual({ ...darkTheme, timeZone: 'local' });
    expect(darkTheme.timeZone).toBe('utc');
    expect(withTimeZone(darkTheme, 'utc')).toBe(darkTheme);
    expect(withTimeZone(local, 'local')).toBe(local);
  });
});

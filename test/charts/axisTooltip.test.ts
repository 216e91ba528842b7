import { describe, expect, it } from 'vitest';
import { axisTooltip, itemTooltip } from '../../src/charts/axisTooltip';
import { lightTheme } from '../../src/charts/theme';
import { format } from './optionHarness';

const EVIL = '<img src=x onerror=alert(1)>';
const heading = (x: number) => `x ${x}`;

describe('axisTooltip', () => {
  it('axisTooltip(theme, formatX, unit) triggers on the axis and headings with formatX(x)', () => {
    const tooltip = axisTooltip(lightTheme, heading, 'ms');
    expect(tooltip.trigger).toBe('axis');
    const html = format(tooltip, [{ seriesName: 'p50', marker: '<m/>', value: [7, 512] }]);
    expect(html).toBe('<div>x 7</div><m/>p50: <b>512 ms</b>');
  });

  it('axisTooltip formatter escapes series names', () => {
    const html = format(axisTooltip(lightTheme, heading, ''), [
      { seriesName: EVIL, value: [0, 1] },
    ]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('axisTooltip formatter shows a band row [x, width, lower, upper] as lower – upper', () => {
    const html = format(axisTooltip(lightTheme, heading, '%'), [
      { seriesName: 'Band', value: [3, 20, -5, 15] },
    ]);
    expect(html).toContain('Band: <b>-5 % – 15 %</b>');
  });

  it('axisTooltip formatter leaves out series with a gap (null y) at that x', () => {
    const html = format(axisTooltip(lightTheme, heading, ''), [
      { seriesName: 'gap', value: [3, null] },
      { seriesName: 'kept', value: [3, 2] },
    ]);
    expect(html).not.toContain('gap');
    expect(html).toContain('kept: <b>2</b>');
  });
});

describe('itemTooltip', () => {
  it('itemTooltip(theme, describe) escapes the title and labels describe returns', () => {
    const tooltip = itemTooltip(lightTheme, (p) => ({
      title: p.name,
      rows: [{ label: EVIL, value: '1' }],
    }));
    expect(tooltip.trigger).toBe('item');
    const html = format(tooltip, { name: `${EVIL}"` });
    expect(html).not.toContain('<img');
    expect(html).toBe(
      '<div>&lt;img src=x onerror=alert(1)&gt;&quot;</div>&lt;img src=x onerror=alert(1)&gt;: <b>1</b>',
    );
  });

  it('itemTooltip takes the tooltip colours from the theme', () => {
    expect(itemTooltip(lightTheme, () => ({ title: '', rows: [] }))).toMatchObject({
      backgroundColor: lightTheme.background,
      borderColor: lightTheme.grid,
      textStyle: { color: lightTheme.text },
    });
  });
});

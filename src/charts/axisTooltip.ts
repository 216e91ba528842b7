import type {
  DefaultLabelFormatterCallbackParams as DataParams,
  TooltipComponentFormatterCallbackParams as FormatterParams,
  TooltipComponentOption,
} from 'echarts';
import { escapeHtml } from './escapeHtml';
import { formatValue } from './formatNumber';
import type { ChartTheme } from './theme';

/** What a tooltip says: a heading and labelled values; labels may come from user data. */
export interface TooltipContent {
  readonly title: string;
  readonly rows: readonly {
    readonly marker?: string;
    readonly label: string;
    readonly value: string;
  }[];
}

/** The one place tooltip HTML is written: title and labels escaped, markers are ECharts' own. */
export function tooltipHtml({ title, rows }: TooltipContent): string {
  const lines = rows.map(
    (r) => `${r.marker ?? ''}${escapeHtml(r.label)}: <b>${escapeHtml(r.value)}</b>`,
  );
  // The heading's div ends its line; a <br/> after it would leave a blank one.
  return `<div>${escapeHtml(title)}</div>${lines.join('<br/>')}`;
}

const asList = (params: FormatterParams): DataParams[] =>
  Array.isArray(params) ? params : [params];

/** Tooltip box colours and type from the theme, kept inside the chart. */
function tooltipStyle(theme: ChartTheme): TooltipComponentOption {
  return {
    confine: true,
    backgroundColor: theme.background,
    borderColor: theme.grid,
    textStyle: { color: theme.text, fontFamily: theme.fontFamily, fontSize: 12 },
  };
}

/**
 * An axis-triggered tooltip for [x, y] series: a heading formatX(x) and one row per series at that
 * x with its value in `unit`. A band's width series ([x, width, lower, upper] rows) shows as the
 * range 'lower – upper'. Gaps (null y) are left out; series names are escaped.
 */
export function axisTooltip(
  theme: ChartTheme,
  formatX: (x: number) => string,
  unit: string,
): TooltipComponentOption {
  const formatter = (params: FormatterParams): string => {
    const list = asList(params);
    const values = list.map((p) => p.value as (number | null)[]);
    const rows = list.flatMap((p, i) => {
      const [, y, lower, upper] = values[i];
      if (y === null || y === undefined) return [];
      const value =
        values[i].length === 4
          ? `${formatValue(lower!, unit)} – ${formatValue(upper!, unit)}`
          : formatValue(y, unit);
      return [{ marker: p.marker as string | undefined, label: p.seriesName ?? '', value }];
    });
    return tooltipHtml({ title: values.length > 0 ? formatX(values[0][0]!) : '', rows });
  };
  return { ...tooltipStyle(theme), trigger: 'axis', formatter };
}

/**
 * An item-triggered tooltip (bars, heatmap cells) whose text `describe` gives for the hovered item;
 * the HTML is written here, so every title and label is escaped.
 */
export function itemTooltip(
  theme: ChartTheme,
  describe: (p: DataParams) => TooltipContent,
): TooltipComponentOption {
  const formatter = (params: FormatterParams): string => tooltipHtml(describe(asList(params)[0]));
  return { ...tooltipStyle(theme), trigger: 'item', formatter };
}

/**
 * The tooltip box of a chart whose tooltips follow the pointer instead of ECharts' items (EChart's
 * pointTooltip shows them): the theme's box, never shown or hidden by ECharts itself (which would
 * hide it again on every move, finding no item under the pointer).
 */
export function pointerTooltip(theme: ChartTheme): TooltipComponentOption {
  return { ...tooltipStyle(theme), trigger: 'none', triggerOn: 'none' };
}

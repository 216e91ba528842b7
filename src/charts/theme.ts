import type { TimeZone } from './formatNumber';

/**
 * Colours and type every chart builder draws with, one light and one dark instance, and the time
 * zone its times are shown in (a display setting like the colours, carried here so that every
 * builder already receives it).
 */
export interface ChartTheme {
  /** The page behind the chart (options themselves use a transparent background). */
  readonly background: string;
  readonly text: string;
  /** Secondary text: axis labels and names, marker labels. */
  readonly muted: string;
  /** Axis lines and split lines. */
  readonly grid: string;
  readonly accent: string;
  /** Categorical palette for series, in order of use. */
  readonly series: readonly string[];
  readonly danger: string;
  readonly warning: string;
  readonly ok: string;
  /** Translucent fill for confidence and expected-value bands. */
  readonly band: string;
  /** Sequential ramp for heatmaps, low (close to the background) to high (most vivid). */
  readonly sequential: readonly string[];
  /** Diverging ramp for -1..1 values, negative to neutral to positive. */
  readonly diverging: readonly string[];
  readonly fontFamily: string;
  /** Time axes, tooltip headings and time labels are in UTC or in the browser's time zone. */
  readonly timeZone: TimeZone;
}

const fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', sans-serif";

/**
 * For white backgrounds: Tailwind's 600-700 shades, every series colour at least 3:1 against white
 * (WCAG 1.4.11 for graphics) and text at least 4.5:1.
 */
export const lightTheme: ChartTheme = {
  background: '#ffffff',
  text: '#1f2933',
  muted: '#52606d',
  grid: '#e4e7eb',
  accent: '#2563eb',
  series: ['#2563eb', '#c2410c', '#047857', '#7c3aed', '#be185d', '#0e7490', '#4d7c0f', '#b45309'],
  danger: '#dc2626',
  warning: '#b45309',
  ok: '#15803d',
  band: 'rgba(37, 99, 235, 0.14)',
  sequential: ['#f1f5f9', '#fde68a', '#f59e0b', '#dc2626', '#7f1d1d'],
  diverging: ['#2563eb', '#f8fafc', '#dc2626'],
  fontFamily,
  timeZone: 'utc',
};

/**
 * For the dark page (#1a1e24): Tailwind's 300-400 shades, the same contrast floors as lightTheme.
 * Both themes show times in UTC; withTimeZone gives them in another zone.
 */
export const darkTheme: ChartTheme = {
  background: '#1a1e24',
  text: '#e6e9ee',
  muted: '#9aa5b1',
  grid: '#2e3540',
  accent: '#60a5fa',
  series: ['#60a5fa', '#fb923c', '#34d399', '#a78bfa', '#f472b6', '#22d3ee', '#a3e635', '#fbbf24'],
  danger: '#f87171',
  warning: '#fbbf24',
  ok: '#4ade80',
  band: 'rgba(96, 165, 250, 0.2)',
  sequential: ['#232a33', '#7c2d12', '#c2410c', '#f97316', '#fde047'],
  diverging: ['#60a5fa', '#2a3039', '#f87171'],
  fontFamily,
  timeZone: 'utc',
};

/** `theme` with its times shown in `timeZone`; `theme` itself when it already is. */
export function withTimeZone(theme: ChartTheme, timeZone: TimeZone): ChartTheme {
  return theme.timeZone === timeZone ? theme : { ...theme, timeZone };
}

import { DEMO_SIZES, type DemoSize } from '../io/simulateDemo';
import { PANELS, type PanelKey } from './panels';
import type { ThemeSetting, TimeZoneSetting } from './state';
import type { ViewState } from './viewState';

/** Longest string and list a saved view may hold in a panel parameter. */
const MAX_TEXT = 1_000;
const MAX_LIST = 10_000;

/** Keys that would reach an object's prototype if assigned. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const isText = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_TEXT;

/** A parameter value of the kinds panels take: a finite number, short text, a flag, null, or a list of texts. */
function isParamValue(x: unknown): boolean {
  if (x === null || typeof x === 'boolean' || isText(x)) return true;
  if (typeof x === 'number') return Number.isFinite(x);
  return Array.isArray(x) && x.length <= MAX_LIST && x.every(isText);
}

/** One panel's parameters with every key and value of a kind panels take, or null when it is not an object. */
function panelParams(x: unknown): Record<string, unknown> | null {
  if (!isObject(x)) return null;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(x)) {
    if (!UNSAFE_KEYS.has(key) && isParamValue(value)) kept[key] = value;
  }
  return kept;
}

/**
 * The view state a saved dashboard embeds, read from its JSON text with every field's type checked:
 * theme, time zone and demo inputs from their lists, a zoom of two finite times (else none), and
 * each known panel's parameters kept where they are numbers, short texts, flags, null or lists of
 * texts (unknown panels and keys like `__proto__` dropped). Null when the text is not JSON of a
 * view. Whether series exist and values are in a slider's range is not checked here: a panel given
 * a series the data lacks says so, as it would for any worker answer.
 * @example parseSavedView('{"theme":"dark"}') // null (no time zone, demo or params)
 */
export function parseSavedView(text: string): ViewState | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(value) || !isObject(value.demo) || !isObject(value.params)) return null;
  const { demo, params, theme, timeZone, zoom } = value;
  const themes: ThemeSetting[] = ['system', 'light', 'dark'];
  const zones: TimeZoneSetting[] = ['utc', 'local'];
  if (!themes.includes(theme as ThemeSetting) || !zones.includes(timeZone as TimeZoneSetting)) {
    return null;
  }
  const seed = demo.seed;
  const size = demo.size as DemoSize;
  if (!Number.isSafeInteger(seed) || !Object.hasOwn(DEMO_SIZES, size)) return null;
  const kept: ViewState['params'] = {};
  for (const panel of PANELS) {
    const own = Object.hasOwn(params, panel) ? panelParams(params[panel]) : null;
    if (own) (kept as Record<PanelKey, unknown>)[panel] = own;
  }
  const zoomed =
    isObject(zoom) && Number.isFinite(zoom.start) && Number.isFinite(zoom.end)
      ? { start: zoom.start as number, end: zoom.end as number }
      : null;
  return {
    demo: { seed: seed as number, size },
    params: kept,
    theme: theme as ThemeSetting,
    timeZone: timeZone as TimeZoneSetting,
    zoom: zoomed,
  };
}

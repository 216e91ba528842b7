import type { DemoSize } from '../io/simulateDemo';
import { PANELS, type PanelKey, type PanelParams } from './panels';
import { refresh } from './refresh';
import { setTheme, setTimeZone, setZoom } from './settings';
import { store, type ThemeSetting, type TimeRange, type TimeZoneSetting } from './state';

/**
 * What a person sees besides the data: the Simulate inputs, every panel's parameters, colour
 * scheme, display time zone and zoomed range. A share link and a saved dashboard carry one.
 */
export interface ViewState {
  demo: { seed: number; size: DemoSize };
  /** Each panel's parameters; a panel left out keeps the defaults of the data set shown. */
  params: { [K in PanelKey]?: PanelParams[K] };
  theme: ThemeSetting;
  timeZone: TimeZoneSetting;
  zoom: TimeRange | null;
}

/** The view shown now. */
export function captureViewState(): ViewState {
  const s = store.getState();
  return {
    demo: { seed: s.demoSeed, size: s.demoSize },
    params: { ...(s.params ?? {}) },
    theme: s.theme,
    timeZone: s.timeZone,
    zoom: s.zoom,
  };
}

/**
 * Sets `view` over the data set already shown, recomputing no panel but the anomalies (see
 * setTimeZone): theme, time zone and zoom as given, each panel's parameters as given (the others
 * keep their defaults). Parameters must
 * already be valid for the data set (see the share link's parser); nothing is checked here.
 */
export function setViewState(view: ViewState): void {
  setTheme(view.theme);
  setTimeZone(view.timeZone);
  const params = store.getState().params;
  if (params) store.setState({ params: { ...params, ...view.params } as PanelParams });
  setZoom(view.zoom);
}

/** Shows `view` over the data set already shown (see setViewState), every panel recomputed. */
export async function applyViewState(view: ViewState): Promise<void> {
  setViewState(view);
  await Promise.all(PANELS.map((panel) => refresh(panel)));
}

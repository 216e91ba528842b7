import { WINDOW_BOUNDS } from './panels';

/** A slider's range and step, in the units the store holds (a fraction, not its percentage). */
export interface ParamRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/**
 * Every panel slider's fixed range, in stored units: the sliders draw themselves from it and a
 * share link's values are checked against it, so the two cannot drift apart. Ranges that scale
 * with the data (the Overview's high-load line, the capacity) are not here: a link's value for
 * them needs only be a finite number at or above 0 (see shareLinkSchema). Windows are the
 * WINDOW_BOUNDS maxima; on a series shorter than the usual minimum the window is the whole series,
 * so a link's window may be as small as 1.
 */
export const SLIDER_RANGES = {
  farm: {
    cpuHigh: { min: 50, max: 100, step: 1 },
    memHigh: { min: 50, max: 100, step: 1 },
    // The longest peer window the slider offers, in steps: an hour of per-minute samples.
    peerWindow: { min: 1, max: 60, step: 1 },
    peerThreshold: { min: 1.5, max: 6, step: 0.1 },
  },
  anomalies: {
    window: { ...WINDOW_BOUNDS.anomalies, step: 1 },
    threshold: { min: 0.5, max: 8, step: 0.1 },
  },
  capacity: {
    growthRate: { min: 0, max: 1, step: 0.01 },
    forecastDays: { min: 7, max: 365, step: 1 },
    buffer: { min: 0, max: 1, step: 0.01 },
  },
  percentileBands: { window: { ...WINDOW_BOUNDS.percentileBands, step: 1 } },
  loadBalance: { tolerance: { min: 0.01, max: 0.5, step: 0.01 } },
  sla: {
    target: { min: 50, max: 1000, step: 10 },
    apdexT: { min: 50, max: 1000, step: 10 },
  },
} as const satisfies Record<string, Record<string, ParamRange>>;

/** How many of the picked series the Overview may draw: its "Draw at most" choices. */
export const OVERVIEW_TOP_CHOICES = [5, 10, 20, 50] as const;

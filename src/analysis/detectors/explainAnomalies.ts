import type { Numeric } from '../../kernel';
import { flaggedIndices, type DetectorResult, type LevelShift } from './DetectorResult';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;

/** Why one point was flagged, for the table, the tooltip and the overlay. */
export interface AnomalyExplanation {
  readonly index: number;
  /** Epoch ms of the point, or NaN without a time axis. */
  readonly timeMs: number;
  readonly score: number;
  readonly value: number;
  readonly expected: number;
  /** Signed deviation in σ. */
  readonly deviation: number;
  readonly direction: 'above' | 'below';
  /** 'levelShift' when the point starts a reported level shift; else 'spike' (above) or 'dip'. */
  readonly kind: 'spike' | 'dip' | 'levelShift';
  /** e.g. "3.8σ above the expected value for 14:00 on a Tuesday"; "level shift down by 62 %". */
  readonly words: string;
}

/** Options for {@link explainAnomalies}. */
export interface ExplainOptions {
  /** Epoch ms per point (for "14:00 on a Tuesday"). */
  timeMs?: ArrayLike<number>;
  /** IANA time zone for the words (default 'UTC'). */
  timeZone?: string;
}

/**
 * "level shift down by 62 %" / "level shift up by 3.4×" / "level shift up by 3.2" (by the
 * difference when the level before is 0 or the two levels differ in sign, where a ratio means
 * nothing).
 */
export function shiftWords(shift: LevelShift): string {
  const up = shift.after > shift.before;
  const way = up ? 'up' : 'down';
  if (!(shift.before * shift.after > 0) || !Number.isFinite(shift.before)) {
    return `${shift.kind === 'trendChange' ? 'trend change' : 'level shift'} ${way} by ${Math.abs(shift.after - shift.before).toPrecision(3)}`;
  }
  const change = (shift.after - shift.before) / Math.abs(shift.before);
  const amount =
    Math.abs(change) >= 2
      ? `${(shift.after / shift.before).toFixed(1)}×`
      : `${Math.abs(100 * change).toFixed(0)} %`;
  return `${shift.kind === 'trendChange' ? 'trend change' : 'level shift'} ${way} by ${amount}`;
}

/** The parts of a time seasonContext names: hour and minute, weekday, minute of the hour. */
const CLOCK_PARTS = {
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  weekday: { weekday: 'long' },
  minute: { minute: '2-digit' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** Formatters made so far, by part and time zone: making one costs ~0.1 ms, formatting ~1 µs. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Epoch ms `t` as `part` reads in `timeZone` (British English: "14:05", "Tuesday", "05"). */
function clock(part: keyof typeof CLOCK_PARTS, timeZone: string, t: number): string {
  const key = `${part} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { ...CLOCK_PARTS[part], timeZone });
    formatters.set(key, format);
  }
  return format.format(t);
}

/** The season a detector used, as words for "the expected value for ...", or null. */
function seasonContext(
  period: number | null,
  stepMs: number,
  t: number,
  timeZone: string,
): string | null {
  if (!period || !Number.isFinite(stepMs) || !Number.isFinite(t)) return null;
  const periodMs = period * stepMs;
  if (Math.abs(periodMs - WEEK_MS) <= 0.1 * WEEK_MS) {
    return `for ${clock('time', timeZone, t)} on a ${clock('weekday', timeZone, t)}`;
  }
  if (Math.abs(periodMs - DAY_MS) <= 0.1 * DAY_MS) return `for ${clock('time', timeZone, t)}`;
  if (Math.abs(periodMs - HOUR_MS) <= 0.1 * HOUR_MS) {
    return `for minute ${Number(clock('minute', timeZone, t))} of the hour`;
  }
  return `at this point of its ${period}-sample cycle`;
}

/** "3.8σ", or "far (on a flat history)" when the expected spread is 0 and the deviation infinite. */
function sigmaWords(deviation: number): string {
  return Number.isFinite(deviation) ? `${Math.abs(deviation).toFixed(1)}σ` : 'far';
}

/** The mean time between samples (ms), NaN without times or with fewer than 2 samples. */
function meanStepMs(timeMs: ArrayLike<number> | undefined, n: number): number {
  return timeMs && n > 1 ? (timeMs[n - 1] - timeMs[0]) / (n - 1) : NaN;
}

/**
 * Why point i stands out, whether or not it is flagged: the deviation in σ and its direction, with
 * the season when the detector used one ("3.8σ above the expected value for 14:00 on a Tuesday";
 * "far above ..." off a flat history), or "level shift down by 62 %" where a reported level shift
 * starts. options.stepMs (the mean step) may be passed when explaining many points.
 */
export function explainAnomaly(
  values: Numeric,
  result: Pick<DetectorResult, 'shifts' | 'deviation' | 'period' | 'score' | 'expected'>,
  i: number,
  {
    timeMs,
    timeZone = 'UTC',
    stepMs = meanStepMs(timeMs, values.length),
  }: ExplainOptions & { stepMs?: number } = {},
): AnomalyExplanation {
  const shift = result.shifts.find((s) => s.index === i);
  const deviation = result.deviation[i];
  const direction = deviation >= 0 ? 'above' : 'below';
  const t = timeMs ? timeMs[i] : NaN;
  const context = seasonContext(result.period, stepMs, t, timeZone);
  return {
    index: i,
    timeMs: t,
    score: result.score[i],
    value: values[i],
    expected: result.expected[i],
    deviation,
    direction,
    kind: shift ? 'levelShift' : direction === 'above' ? 'spike' : 'dip',
    words: shift
      ? shiftWords(shift)
      : `${sigmaWords(deviation)} ${direction} the expected value${context ? ` ${context}` : ''}`,
  };
}

/**
 * explainAnomaly of every flagged point (flaggedIndices: past the learning period, score at or
 * above the result's scoreThreshold and at least its threshold in σ), in time order. A level shift
 * is explained as one only where a flagged point starts it. NaN scores are never flagged.
 */
export function explainAnomalies(
  values: Numeric,
  result: DetectorResult,
  { timeMs, timeZone = 'UTC' }: ExplainOptions = {},
): AnomalyExplanation[] {
  const stepMs = meanStepMs(timeMs, values.length);
  return flaggedIndices(result).map((i) =>
    explainAnomaly(values, result, i, { timeMs, timeZone, stepMs }),
  );
}

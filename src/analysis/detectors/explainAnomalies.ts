import type { Numeric } from '../../kernel';
import type { DetectorResult, LevelShift } from './DetectorResult';

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
  /** Flag at this score instead of the result's scoreThreshold. */
  scoreThreshold?: number;
}

/** "down by 62 %" / "up by 1.4×" / "up by 3.2" (when the level before is 0). */
export function shiftWords(shift: LevelShift): string {
  const up = shift.after > shift.before;
  const way = up ? 'up' : 'down';
  if (shift.before === 0 || !Number.isFinite(shift.before)) {
    return `${shift.kind === 'trendChange' ? 'trend change' : 'level shift'} ${way} by ${Math.abs(shift.after - shift.before).toPrecision(3)}`;
  }
  const change = (shift.after - shift.before) / Math.abs(shift.before);
  const amount =
    Math.abs(change) >= 2
      ? `${(shift.after / shift.before).toFixed(1)}×`
      : `${Math.abs(100 * change).toFixed(0)} %`;
  return `${shift.kind === 'trendChange' ? 'trend change' : 'level shift'} ${way} by ${amount}`;
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
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(t);
  if (Math.abs(periodMs - WEEK_MS) <= 0.1 * WEEK_MS) {
    const day = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone }).format(t);
    return `for ${time} on a ${day}`;
  }
  if (Math.abs(periodMs - DAY_MS) <= 0.1 * DAY_MS) return `for ${time}`;
  if (Math.abs(periodMs - HOUR_MS) <= 0.1 * HOUR_MS) {
    const minute = new Intl.DateTimeFormat('en-GB', { minute: '2-digit', timeZone }).format(t);
    return `for minute ${Number(minute)} of the hour`;
  }
  return `at this point of its ${period}-sample cycle`;
}

/**
 * One explanation per flagged point (score >= the result's scoreThreshold), in time order: the
 * deviation in σ and its direction, with the season when the detector used one ("3.8σ above the
 * expected value for 14:00 on a Tuesday"), and "level shift down by 62 %" for a point where a
 * reported level shift starts (flagged or not). NaN scores are never flagged.
 */
export function explainAnomalies(
  values: Numeric,
  result: DetectorResult,
  { timeMs, timeZone = 'UTC', scoreThreshold = result.scoreThreshold }: ExplainOptions = {},
): AnomalyExplanation[] {
  const n = values.length;
  const stepMs = timeMs && n > 1 ? (timeMs[n - 1] - timeMs[0]) / (n - 1) : NaN;
  const shiftAt = new Map(result.shifts.map((s) => [s.index, s]));
  const out: AnomalyExplanation[] = [];
  for (let i = 0; i < n; i++) {
    const shift = shiftAt.get(i);
    if (!(result.score[i] >= scoreThreshold) && !shift) continue;
    const deviation = result.deviation[i];
    const direction = deviation >= 0 ? 'above' : 'below';
    const t = timeMs ? timeMs[i] : NaN;
    let words: string;
    if (shift) words = shiftWords(shift);
    else {
      const context = seasonContext(result.period, stepMs, t, timeZone);
      words = `${Math.abs(deviation).toFixed(1)}σ ${direction} the expected value${context ? ` ${context}` : ''}`;
    }
    out.push({
      index: i,
      timeMs: t,
      score: result.score[i],
      value: values[i],
      expected: result.expected[i],
      deviation,
      direction,
      kind: shift ? 'levelShift' : direction === 'above' ? 'spike' : 'dip',
      words,
    });
  }
  return out;
}

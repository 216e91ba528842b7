import { describe, expect, it } from 'vitest';
import type { AnomalyRow, AnomalyView } from '../../../src/analysis/views/anomalyView';
import { anomaliesCsv } from '../../../src/charts/csv/anomaliesCsv';

const T0 = Date.UTC(2024, 2, 4, 14, 0);

function row(overrides: Partial<AnomalyRow>): AnomalyRow {
  return {
    index: 2,
    x: T0 + 2 * 60_000,
    timeMs: T0 + 2 * 60_000,
    score: 0.8,
    value: 30,
    expected: 2,
    deviation: 5,
    direction: 'above',
    kind: 'spike',
    words: '5.0σ above the expected value for 14:00',
    ...overrides,
  };
}

/** A five-minute series of 5 points with two anomalies, by hand; `xKind` 'index' drops the times. */
function view(rows: AnomalyRow[], xKind: 'time' | 'index' = 'time'): AnomalyView {
  const x =
    xKind === 'time'
      ? Float64Array.from([0, 1, 2, 3, 4], (i) => T0 + i * 60_000)
      : Float64Array.of(0, 1, 2, 3, 4);
  return {
    series: {
      name: 'latency',
      unit: 'ms',
      xKind,
      x,
      y: Float64Array.of(1, 2, 30, 2, -9),
      length: 5,
    },
    band: { x, lower: x, expected: x, upper: x },
    detector: 'zscore',
    causal: true,
    score: { x, y: Float64Array.of(0, 0, 0.8, 0, 0.6) },
    scoreThreshold: 0.45,
    markers: { x: Float64Array.of(2, 4), y: Float64Array.of(30, -9) },
    rows,
    count: rows.length,
    checked: 5,
    window: 3,
    threshold: 3.5,
    period: null,
    periodMs: null,
    learningUntil: null,
    maxDeviation: null,
  };
}

describe('anomaliesCsv', () => {
  it('anomaliesCsv(view) lists the table’s rows in its order with ISO UTC times and every number in full', () => {
    const rows = [
      row({}),
      row({
        index: 4,
        x: T0 + 4 * 60_000,
        score: 0.6000000000000001,
        value: -9,
        expected: 2.1234567890123457,
        deviation: -4.2,
        direction: 'below',
        kind: 'dip',
        words: '4.2σ below the expected value',
      }),
    ];
    expect(anomaliesCsv(view(rows))).toBe(
      'time,index,kind,why,value (ms),expected (ms),deviation (σ),score\r\n' +
        '2024-03-04T14:02:00.000Z,2,spike,5.0σ above the expected value for 14:00,30,2,5,0.8\r\n' +
        '2024-03-04T14:04:00.000Z,4,dip,4.2σ below the expected value,-9,2.1234567890123457,-4.2,0.6000000000000001\r\n',
    );
  });

  it('has no time column on a series without times', () => {
    expect(anomaliesCsv(view([row({ x: 2 })], 'index'))).toBe(
      'index,kind,why,value (ms),expected (ms),deviation (σ),score\r\n' +
        '2,spike,5.0σ above the expected value for 14:00,30,2,5,0.8\r\n',
    );
  });

  it('quotes words with commas or quotes and writes a NaN expected value as an empty field', () => {
    const words = 'level shift down by 62 %, "sudden"';
    expect(anomaliesCsv(view([row({ kind: 'levelShift', words, expected: NaN })]))).toBe(
      'time,index,kind,why,value (ms),expected (ms),deviation (σ),score\r\n' +
        '2024-03-04T14:02:00.000Z,2,levelShift,"level shift down by 62 %, ""sudden""",30,,5,0.8\r\n',
    );
  });

  it('is the header alone when nothing was flagged', () => {
    expect(anomaliesCsv(view([]))).toBe(
      'time,index,kind,why,value (ms),expected (ms),deviation (σ),score\r\n',
    );
  });
});

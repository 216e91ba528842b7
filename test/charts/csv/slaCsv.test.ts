import { describe, expect, it } from 'vitest';
import type { SlaView } from '../../../src/analysis/views/slaView';
import { slaCsv } from '../../../src/charts/csv/slaCsv';

function view(): SlaView {
  return {
    count: 6,
    missing: 0,
    q1: 100,
    q3: 200,
    lowerBound: -50,
    upperBound: 350,
    filteredOut: 0,
    percentiles: { p50: 150, p90: 190, p95: 195, p99: 199, p999: 199.9 },
    compliance: 0.5,
    apdex: 0.75,
    rating: 'fair',
    histogram: {
      counts: Float64Array.of(2, 0, 4),
      edges: Float64Array.of(0.1, 0.2, 0.30000000000000004, 0.4),
    },
    target: 0.2,
  };
}

describe('slaCsv', () => {
  it('slaCsv(view, unit) gives one row per histogram bin: its edges in the unit and its count', () => {
    expect(slaCsv(view(), 's')).toBe(
      'from (s),to (s),count\r\n0.1,0.2,2\r\n0.2,0.30000000000000004,0\r\n0.30000000000000004,0.4,4\r\n',
    );
  });

  it('has bare headings for a series without a unit', () => {
    expect(slaCsv(view(), '').split('\r\n')[0]).toBe('from,to,count');
  });
});

import { describe, expect, it } from 'vitest';
import { parseSeriesCell } from '../../../src/io/metrics/parseSeriesCell';

describe('parseSeriesCell', () => {
  it.each([
    ['up{job="a"}', { metric: 'up', labels: { job: 'a' } }],
    [
      '{instance="x:9100", job="node"}',
      { metric: '', labels: { instance: 'x:9100', job: 'node' } },
    ],
    ['up{job="a",empty=""}', { metric: 'up', labels: { job: 'a' } }],
  ])('parseSeriesCell(%j) reads metric and labels', (cell, expected) => {
    expect(parseSeriesCell(cell)).toEqual(expected);
  });

  it.each(['cpu', 'net.out(device=eth0)', 'up{job=a}', 'x{a="1"} tail'])(
    'parseSeriesCell(%j) is null: not Prometheus notation',
    (cell) => {
      expect(parseSeriesCell(cell)).toBeNull();
    },
  );
});

import { describe, expect, it } from 'vitest';
import { whereBenchCsv } from '../../../src/charts/csv/whereBenchCsv';

describe('whereBenchCsv', () => {
  it('whereBenchCsv(result) is one row of the values timed, both medians in ms and the speed-up', () => {
    expect(whereBenchCsv({ n: 1_000_000, vectorisedMs: 2.1, loopMs: 9.45, speedup: 4.5 })).toBe(
      'values,vectorised (ms),loop (ms),speed-up\r\n1000000,2.1,9.45,4.5\r\n',
    );
  });

  it('writes a speed-up that could not be measured (NaN) as an empty field', () => {
    expect(whereBenchCsv({ n: 10, vectorisedMs: 0, loopMs: 0.1, speedup: NaN })).toBe(
      'values,vectorised (ms),loop (ms),speed-up\r\n10,0,0.1,\r\n',
    );
  });
});

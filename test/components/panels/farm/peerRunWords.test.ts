import { describe, expect, it } from 'vitest';
import type { FarmPeerRun } from '../../../../src/analysis/views/farmPeers';
import { peerRunWords, signedPercent } from '../../../../src/components/panels/farm/peerRunWords';
import { inTimeZone } from '../../../charts/inTimeZone';

const START = Date.UTC(2024, 0, 1, 14);
const TIME = { startMs: START, stepMs: 60_000 };

/** web-07, 5.2σ above over the 70 minutes from 14:00 UTC, 38 % over the fleet median. */
const RUN: FarmPeerRun = {
  host: 'web-07',
  from: START,
  to: START + 70 * 60_000,
  peak: 5.24,
  direction: 'above',
  relative: 0.38,
};

describe('peerRunWords', () => {
  inTimeZone('America/New_York');

  it('peerRunWords(run, time, utc) says who, how far, and when in UTC', () => {
    expect(peerRunWords(RUN, TIME, 'utc')).toBe(
      'web-07 is 5.2σ above its peers (+38 % over the fleet median), 2024-01-01 14:00 – 15:10 UTC',
    );
  });

  it("peerRunWords(run, time, local) says when on the browser's clock", () => {
    expect(peerRunWords(RUN, TIME, 'local')).toBe(
      'web-07 is 5.2σ above its peers (+38 % over the fleet median), 2024-01-01 09:00 – 10:10',
    );
  });

  it('peerRunWords(run below, untimed) says under the median, and the steps', () => {
    const below = { ...RUN, from: 120, to: 134, peak: -3.46, direction: 'below', relative: -0.2 };
    expect(peerRunWords(below as FarmPeerRun, null, 'utc')).toBe(
      'web-07 is 3.5σ below its peers (−20 % under the fleet median), steps 120–133',
    );
  });

  it('peerRunWords(run) leaves out the distance from a fleet median of 0', () => {
    const one = { ...RUN, from: 7, to: 8, relative: NaN };
    expect(peerRunWords(one, null, 'utc')).toBe('web-07 is 5.2σ above its peers, step 7');
  });
});

describe('signedPercent', () => {
  it.each([
    [0.3824, '+38.2 %'],
    [-14.376, '−1,438 %'],
    [0, '+0 %'],
    [NaN, '–'],
  ])('signedPercent(%d) is %j', (fraction, words) => {
    expect(signedPercent(fraction)).toBe(words);
  });
});

import { describe, expect, it } from 'vitest';
import { formatStep, resolutionSentence } from '../../../src/components/dataIn/resolutionSentence';

describe('formatStep', () => {
  it.each([
    [15, '15s'],
    [60, '1m'],
    [90, '90s'],
    [300, '5m'],
    [7200, '2h'],
    [86_400, '1d'],
    [4 * 86_400, '4d'],
    [0.5, '0.5s'],
  ])('formatStep(%d) is %j', (stepSec, expected) => {
    expect(formatStep(stepSec)).toBe(expected);
  });
});

describe('resolutionSentence', () => {
  const request = {
    baseUrl: 'http://h:9090',
    queries: ['up'],
    startSec: 0,
    endSec: 30 * 86_400,
    stepSec: 60,
  };

  it('says what the step asked for would have cost when a coarser one was fetched', () => {
    // 30 days at 1m is 43,201 steps x 1,000 series.
    const resolution = { wantedStepSec: 60, stepSec: 300, series: 1000, budget: 1e7, chunks: 18 };
    expect(resolutionSentence(request, resolution)).toBe(
      'Step 5m: 1m samples would be 43,201,000 points, over the 10,000,000 budget.',
    );
  });

  it('gives the points fetched when the step asked for fitted', () => {
    const resolution = { wantedStepSec: 60, stepSec: 60, series: 3, budget: 1e7, chunks: 4 };
    expect(resolutionSentence(request, resolution)).toBe('Step 1m: 129,603 points, as asked.');
  });
});

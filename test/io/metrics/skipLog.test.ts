import { describe, expect, it } from 'vitest';
import { csvParser } from '../../../src/io/csv/csvParser';
import { skipLog } from '../../../src/io/metrics/skipLog';

describe('skipLog', () => {
  it('counts per reason and keeps the first five examples with line and text', () => {
    const batch = csvParser(',').push(
      'h\n' + Array.from({ length: 7 }, (_, i) => `r${i}\n`).join(''),
    );
    const log = skipLog();
    for (let i = 1; i <= 7; i++) log.skip('non-numeric', batch, i);
    log.skip('field-count', batch, 0);
    expect(log.count).toBe(8);
    expect(log.entries()).toEqual([
      { reason: 'field-count', count: 1, examples: [{ line: 1, text: 'h' }] },
      {
        reason: 'non-numeric',
        count: 7,
        examples: [2, 3, 4, 5, 6].map((line) => ({ line, text: `r${line - 2}` })),
      },
    ]);
  });

  it('cuts example text to 200 characters', () => {
    const batch = csvParser(',').push('x'.repeat(300) + '\n');
    const log = skipLog();
    log.skip('bad-timestamp', batch, 0);
    expect(log.entries()[0].examples[0].text).toBe('x'.repeat(200));
  });

  it('hands out copies, so callers cannot change the log', () => {
    const log = skipLog();
    log.skip('field-count', csvParser(',').push('a\n'), 0);
    log.entries()[0].examples.pop();
    expect(log.entries()[0].examples).toHaveLength(1);
  });

  it('is empty until something is skipped', () => {
    expect(skipLog().entries()).toEqual([]);
    expect(skipLog().count).toBe(0);
  });
});

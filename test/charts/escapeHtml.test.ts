import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/charts/escapeHtml';

describe('escapeHtml', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a & b', 'a &amp; b'],
    ['"quoted" \'single\'', '&quot;quoted&quot; &#39;single&#39;'],
    ['&lt;', '&amp;lt;'],
    ['web-01 (eu)', 'web-01 (eu)'],
    ['', ''],
  ])('escapeHtml(%j) is %j', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });
});

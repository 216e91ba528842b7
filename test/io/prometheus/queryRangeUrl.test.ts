import { describe, expect, it } from 'vitest';
import { instantQueryUrl, queryRangeUrl } from '../../../src/io/prometheus/queryRangeUrl';

describe('queryRangeUrl', () => {
  it('asks /api/v1/query_range for the query, start, end and step', () => {
    expect(queryRangeUrl('http://127.0.0.1:9090', 'up', 1700000000, 1700003600, 60)).toBe(
      'http://127.0.0.1:9090/api/v1/query_range?query=up&start=1700000000&end=1700003600&step=60',
    );
  });

  it('URL-encodes PromQL so that braces, quotes, brackets and spaces survive', () => {
    const query = 'avg by (instance) (rate(node_cpu_seconds_total{mode!="idle"}[5m]))';
    const url = new URL(queryRangeUrl('http://h:9090', query, 0, 60, 15));
    expect(url.searchParams.get('query')).toBe(query);
    expect(url.search).not.toMatch(/[{}"[\] ]/);
  });

  it.each([
    ['http://h:9090/', 'http://h:9090/api/v1/query_range'],
    ['http://h:9090', 'http://h:9090/api/v1/query_range'],
    ['https://mimir.example/prometheus/', 'https://mimir.example/prometheus/api/v1/query_range'],
  ])('keeps a base URL %s with or without its trailing slash as one path', (base, path) => {
    expect(queryRangeUrl(base, 'up', 0, 60, 15).split('?')[0]).toBe(path);
  });

  it('writes fractional seconds and steps as they are', () => {
    const url = new URL(queryRangeUrl('http://h:9090', 'up', 1.5, 61.25, 0.5));
    expect([...url.searchParams.entries()].slice(1)).toEqual([
      ['start', '1.5'],
      ['end', '61.25'],
      ['step', '0.5'],
    ]);
  });
});

describe('instantQueryUrl', () => {
  it('asks /api/v1/query for the query at one time, URL-encoded, without a trailing slash', () => {
    expect(instantQueryUrl('http://h:9090/', 'count(up{job="a b"})', 60)).toBe(
      'http://h:9090/api/v1/query?query=count%28up%7Bjob%3D%22a+b%22%7D%29&time=60',
    );
  });
});

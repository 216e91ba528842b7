import { describe, expect, it } from 'vitest';
import { isCounterName, seriesUnit, unitFromName, unitKind } from '../../src/model/unit';

describe('unit model', () => {
  it.each([
    ['%', 'percent'],
    ['ms', 'time'],
    ['s', 'time'],
    ['B', 'bytes'],
    ['GB', 'bytes'],
    ['B/s', 'bytesPerSecond'],
    ['MB/s', 'bytesPerSecond'],
    ['b/s', 'bitsPerSecond'],
    ['req/s', 'rate'],
    ['widgets/s', 'rate'],
    ['count', 'count'],
    ['', 'unknown'],
    ['°C', 'unknown'],
  ])('unitKind(%j) is %s', (unit, kind) => {
    expect(unitKind(unit)).toBe(kind);
  });

  it.each([
    ['cpu', '%'],
    ['mem_used_percent', '%'],
    ['cpu_utilization', '%'],
    ['http_request_duration_seconds', 's'],
    ['latency_ms', 'ms'],
    ['node_network_receive_bytes_total', 'B'],
    ['ifHCInOctets', 'B'],
    ['http_requests_total', 'count'],
    ['node_load1', ''],
  ])('unitFromName(%j) is %j', (metric, unit) => {
    expect(unitFromName(metric)).toBe(unit);
  });

  it('keeps a unit the source gave over the one a name implies', () => {
    expect(seriesUnit('ms', 'cpu')).toBe('ms');
    expect(seriesUnit('', 'cpu')).toBe('%');
  });

  it('names counters by Prometheus, SNMP and Telegraf conventions', () => {
    expect(isCounterName('node_network_transmit_packets_total')).toBe(true);
    expect(isCounterName('ifHCOutOctets')).toBe(true);
    expect(isCounterName('bytes_recv')).toBe(true);
    expect(isCounterName('node_load1')).toBe(false);
  });
});

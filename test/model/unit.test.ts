import { describe, expect, it } from 'vitest';
import { isCounterName, seriesUnit, unitFromName, unitKind, unitScale } from '../../src/model/unit';

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
    ['GiB', 'bytes'],
    ['KiB/s', 'bytesPerSecond'],
    ['Mbit/s', 'bitsPerSecond'],
    ['Gbps', 'bitsPerSecond'],
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

  it.each([
    ['B', 'KiB', 1],
    ['B/s', 'MiB/s', 1],
    ['MiB', 'GiB', 2 ** 20],
    ['GB', 'TB', 1e9],
    ['KB', 'MB', 1e3],
    ['Mbps', 'Gbit/s', 1e6],
    ['ms', 's', 1e-3],
  ])('unitScale(%j) puts it on the scale of %s at size %s', (unit, rung, size) => {
    const scale = unitScale(unit)!;
    expect(scale.size).toBe(size);
    expect(scale.rungs.map(([symbol]) => symbol)).toContain(rung);
  });

  it('unitScale is null for units that do not rescale, and for Object.prototype names', () => {
    for (const unit of ['%', 'req/s', 'count', '', '°C', 'constructor', '__proto__']) {
      expect(unitScale(unit)).toBeNull();
    }
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

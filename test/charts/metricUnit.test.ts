import { describe, expect, it } from 'vitest';
import { metricUnit } from '../../src/charts/metricUnit';

describe('metricUnit', () => {
  it.each([
    ['cpu', '%'],
    ['memory', '%'],
    ['errorRate', '%'],
    ['diskIo', 'MB/s'],
    ['latencyMs', 'ms'],
    ['p99 latency', 'ms'],
    ['requests', ''],
    ['cpuTemperature', ''],
  ])('metricUnit(%j) is %j', (name, unit) => {
    expect(metricUnit(name)).toBe(unit);
  });
});

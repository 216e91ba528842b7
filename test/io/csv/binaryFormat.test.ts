import { describe, expect, it } from 'vitest';
import { binaryFormat } from '../../../src/io/csv/binaryFormat';

describe('binaryFormat', () => {
  it('names a delimited MetricFamily message: varint length, field 1, a metric name', () => {
    const name = [...'swap_free'].map((c) => c.charCodeAt(0));
    const message = [0x0a, name.length, ...name, 0x12, 0x00];
    expect(binaryFormat(Uint8Array.from([message.length, ...message]))).toBe(
      "Prometheus's protobuf exposition format (delimited MetricFamily messages)",
    );
  });

  it('names gzip', () => {
    expect(binaryFormat(Uint8Array.of(0x1f, 0x8b, 8, 0))).toBe('gzip-compressed data');
  });

  it.each([
    ['no bytes', []],
    ['UTF-16 text', [0xff, 0xfe, 0x74, 0]],
    ['a name that is not a metric name', [6, 0x0a, 3, 0x20, 0x21, 0x22, 0]],
    ['a name longer than its message', [3, 0x0a, 9, 0x61]],
  ])('is null for %s', (_, bytes) => {
    expect(binaryFormat(Uint8Array.from(bytes))).toBeNull();
  });
});

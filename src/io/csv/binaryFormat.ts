const METRIC_NAME_BYTE = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

/** The unsigned varint at bytes[at] (protobuf's base-128 encoding) and the index after it. */
function varint(bytes: Uint8Array, at: number): { value: number; end: number } | null {
  let value = 0;
  for (let i = at, shift = 0; i < bytes.length && shift < 35; i++, shift += 7) {
    value += (bytes[i] & 0x7f) * 2 ** shift;
    if (bytes[i] < 0x80) return { value, end: i + 1 };
  }
  return null;
}

/**
 * The name of a binary format recognised from a file's first bytes, or null: gzip, and the
 * Prometheus protobuf exposition format (`application/vnd.google.protobuf;
 * proto=io.prometheus.client.MetricFamily;encoding=delimited`: each MetricFamily message preceded
 * by its varint length, and starting with field 1, the metric name, tag 0x0a).
 * @example binaryFormat(Uint8Array.of(0x1f, 0x8b, 8)) // 'gzip-compressed data'
 */
export function binaryFormat(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip-compressed data';
  const length = varint(bytes, 0);
  if (length === null || length.value < 2 || bytes[length.end] !== 0x0a) return null;
  const name = varint(bytes, length.end + 1);
  if (name === null || name.value === 0 || name.value > length.value) return null;
  const text = String.fromCharCode(...bytes.subarray(name.end, name.end + name.value));
  if (text.length !== name.value || !METRIC_NAME_BYTE.test(text)) return null;
  return "Prometheus's protobuf exposition format (delimited MetricFamily messages)";
}

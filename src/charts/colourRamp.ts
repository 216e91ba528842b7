import { color } from 'echarts/core';

/**
 * A colour as one word of a Uint32Array laid over ImageData bytes (R in the low byte, as on every
 * little-endian machine a browser runs on); 0 is transparent.
 */
export type PackedColour = number;

/** Packs RGBA (bytes, alpha 0-1 as CSS writes it) into one little-endian ImageData word. */
function pack([r, g, b, a]: number[]): PackedColour {
  return (r | (g << 8) | (b << 16) | (Math.round(a * 255) << 24)) >>> 0;
}

/**
 * The colour ECharts' continuous visualMap gives `value` with `inRange.color = stops` over
 * [min, max] (linear mapping, interpolated channel by channel with zrender's fastLerp), packed for
 * ImageData. Values outside [min, max] take the end colours; NaN and ±Infinity are transparent
 * (0); when max <= min every finite value takes the first stop.
 * @example colourRamp(['#000000', '#ffffff'], 0, 100)(50) // 0xff808080 (rgb 128, 128, 128)
 */
export function colourRamp(
  stops: readonly string[],
  min: number,
  max: number,
): (value: number) => PackedColour {
  const parsed = stops.map((stop) => color.parse(stop));
  const span = max - min;
  const out: number[] = [];
  return (value) => {
    if (!Number.isFinite(value)) return 0;
    const t = span > 0 ? Math.min(1, Math.max(0, (value - min) / span)) : 0;
    return pack(color.fastLerp(t, parsed, out));
  };
}

import type { Numeric } from './ndarray';

/** Below this length a comparison sort beats the radix sort's fixed cost (65536-bucket histograms). */
const RADIX_MIN_LENGTH = 2048;
const RADIX = 1 << 16;
/** Index of the high 32-bit word of a float64 in a Uint32Array view: 1 on little-endian hosts. */
const HIGH_WORD = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 1 : 0;

/** NumPy's float order: NaN after everything (+Infinity included), -0 equal to 0. */
function compareAsNumpy(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0;
  return Number(a !== a) - Number(b !== b);
}

function comparisonArgsort(x: Numeric): Uint32Array {
  const order = Array.from({ length: x.length }, (_, i) => i);
  // Array.prototype.sort is stable (ES2019), so equal values keep their index order.
  order.sort((i, j) => compareAsNumpy(x[i], x[j]));
  return Uint32Array.from(order);
}

/**
 * Unsigned 64-bit keys, as high and low words, that order like compareAsNumpy: the IEEE-754 bits
 * with the sign bit flipped for positives and every bit flipped for negatives. -0 becomes +0 so
 * the two tie, and every NaN gets one key above +Infinity so NaNs tie and keep index order.
 */
function sortKeys(x: Numeric) {
  const high = new Uint32Array(x.length);
  const low = new Uint32Array(x.length);
  const scratch = new Float64Array(1);
  const bits = new Uint32Array(scratch.buffer);
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v !== v) {
      high[i] = 0xfff80000;
      continue;
    }
    scratch[0] = v === 0 ? 0 : v;
    const h = bits[HIGH_WORD];
    const l = bits[1 - HIGH_WORD];
    high[i] = h >>> 31 ? ~h : h | 0x80000000;
    low[i] = h >>> 31 ? ~l : l;
  }
  return { high, low };
}

/**
 * LSD radix sort of the keys in four 16-bit digits, carrying the indices along; each pass is a
 * stable counting sort, so ties keep index order. Passes where every key has the same digit are
 * skipped (common for integers and narrow ranges).
 */
function radixArgsort(x: Numeric): Uint32Array {
  const n = x.length;
  let { high, low } = sortKeys(x);
  const counts = new Uint32Array(4 * RADIX);
  for (let i = 0; i < n; i++) {
    counts[low[i] & 0xffff]++;
    counts[RADIX + (low[i] >>> 16)]++;
    counts[2 * RADIX + (high[i] & 0xffff)]++;
    counts[3 * RADIX + (high[i] >>> 16)]++;
  }
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let nextOrder = new Uint32Array(n);
  let nextHigh = new Uint32Array(n);
  let nextLow = new Uint32Array(n);
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * RADIX;
    let start = 0;
    let trivial = false;
    for (let d = base; d < base + RADIX; d++) {
      const c = counts[d];
      trivial ||= c === n;
      counts[d] = start;
      start += c;
    }
    if (trivial) continue;
    const shift = (pass & 1) * 16;
    if (pass < 2) {
      for (let i = 0; i < n; i++) {
        const at = counts[base + ((low[i] >>> shift) & 0xffff)]++;
        nextOrder[at] = order[i];
        nextHigh[at] = high[i];
        nextLow[at] = low[i];
      }
      [low, nextLow] = [nextLow, low];
    } else {
      for (let i = 0; i < n; i++) {
        const at = counts[base + ((high[i] >>> shift) & 0xffff)]++;
        nextOrder[at] = order[i];
        nextHigh[at] = high[i];
      }
    }
    [order, nextOrder] = [nextOrder, order];
    [high, nextHigh] = [nextHigh, high];
  }
  return order;
}

/**
 * Indices that sort x ascending, stably: equal values keep their index order. NumPy:
 * np.argsort(x, kind='stable'). NaN sorts after +Infinity, -0 ties with 0; empty -> empty.
 * O(n): an LSD radix sort on the float bits (about 24 bytes of scratch per element), or a
 * comparison sort below 2048 elements. Indices are Uint32 (NumPy gives int64).
 * @example argsort([3, 1, NaN, 1, -2]) // Uint32Array [4, 1, 3, 0, 2]
 */
export function argsort(x: Numeric): Uint32Array {
  return x.length < RADIX_MIN_LENGTH ? comparisonArgsort(x) : radixArgsort(x);
}

// Internal: corrcoef's dot products in WebAssembly SIMD, one module per row count k, generated on
// first use (straight-line code for k rows, so every accumulator is a local). Not re-exported from
// index.ts.
//
// The caller writes a chunk of centred observations observation-major (tile[t·width + r], width =
// k rounded up to even, the padding column 0) and calls accumulate; each f64x2 accumulator holds
// the dot products of row i with rows 2p and 2p + 1, every lane added in observation order from
// 0, so the sums are bit for bit those of corrcoef's scalar loop. Per observation that is k(k+2)/4
// multiply-adds of two lanes, where the scalar loop spends two bounds-checked loads on every
// product. Null where WebAssembly SIMD does not compile, or for more than SIMD_MAX_ROWS rows.
import {
  F64X2_ADD,
  F64X2_MUL,
  F64X2_SPLAT,
  I32,
  I32_ADD,
  I32_NE,
  V128,
  brIf,
  get,
  i32,
  lane,
  loop,
  name,
  section,
  set,
  simdOp,
  tee,
  uleb,
  vector,
  type Bytes,
} from './wasmWriter';

/** Observations per chunk, and the most rows the generated code takes. */
export const CORR_CHUNK = 512;
export const SIMD_MAX_ROWS = 16;
/** Byte offset of the accumulators, after the tile (CORR_CHUNK · SIMD_MAX_ROWS doubles). */
const ACC_AT = CORR_CHUNK * SIMD_MAX_ROWS * 8;

export interface CorrcoefDots {
  /** The chunk to fill: tile[t·width + r] = row r's observation t minus its mean. */
  readonly tile: Float64Array;
  readonly width: number;
  /** Zeroes the running dot products. */
  reset(): void;
  /** Adds the products of the first `count` observations of the tile to the running sums. */
  accumulate(count: number): void;
  /** The running Σ_t c_i[t]·c_j[t] for j <= i. */
  dot(i: number, j: number): number;
}

const v128Load = (offset: number): Bytes => [...simdOp(0x00), 3, ...uleb(offset)];
const v128Store = (offset: number): Bytes => [...simdOp(0x0b), 3, ...uleb(offset)];

/** Index of the accumulator of row i with rows 2p, 2p + 1: rows before i hold ⌊i'/2⌋ + 1 each. */
function accumulatorIndex(i: number, p: number): number {
  let index = 0;
  for (let r = 0; r < i; r++) index += (r >> 1) + 1;
  return index + p;
}

function moduleBytes(k: number, width: number): Uint8Array<ArrayBuffer> {
  const accumulators = accumulatorIndex(k, 0);
  const pairsPerRow = width / 2;
  // Parameter 0: tile bytes to read. Locals: 1 cursor, then the row vectors of one observation,
  // the splatted value, the accumulators.
  const cursor = 1;
  const vectors = 2;
  const splat = vectors + pairsPerRow;
  const acc = splat + 1;
  const step: Bytes[] = [];
  for (let p = 0; p < pairsPerRow; p++)
    step.push([...get(cursor), ...v128Load(16 * p), ...set(vectors + p)]);
  for (let i = 0; i < k; i++) {
    step.push([...get(vectors + (i >> 1)), ...lane(i & 1), ...F64X2_SPLAT, ...set(splat)]);
    for (let p = 0; p <= i >> 1; p++) {
      const a = acc + accumulatorIndex(i, p);
      step.push([
        ...get(a),
        ...get(splat),
        ...get(vectors + p),
        ...F64X2_MUL,
        ...F64X2_ADD,
        ...set(a),
      ]);
    }
  }
  const code: Bytes = [
    ...vector([
      [1, I32],
      [pairsPerRow + 1 + accumulators, V128],
    ]),
    ...Array.from({ length: accumulators }, (_, a) => [
      ...i32(0),
      ...v128Load(ACC_AT + 16 * a),
      ...set(acc + a),
    ]).flat(),
    ...loop(...step, [
      ...get(cursor),
      ...i32(width * 8),
      ...I32_ADD,
      ...tee(cursor),
      ...get(0),
      ...I32_NE,
      ...brIf(0),
    ]),
    ...Array.from({ length: accumulators }, (_, a) => [
      ...i32(0),
      ...get(acc + a),
      ...v128Store(ACC_AT + 16 * a),
    ]).flat(),
    0x0b,
  ];
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0],
    ...section(1, vector([[0x60, 1, I32, 0]])),
    ...section(3, vector([[0]])),
    ...section(5, vector([[0, 2]])),
    ...section(
      7,
      vector([
        [...name('memory'), 2, 0],
        [...name('accumulate'), 0, 0],
      ]),
    ),
    ...section(10, vector([[...uleb(code.length), ...code]])),
  ]);
}

interface Exports {
  memory: WebAssembly.Memory;
  accumulate(bytes: number): void;
}

const compiled = new Map<number, CorrcoefDots | null>();

function build(k: number): CorrcoefDots | null {
  const width = k + (k % 2);
  let exports: Exports;
  try {
    const module = new WebAssembly.Module(moduleBytes(k, width));
    exports = new WebAssembly.Instance(module).exports as unknown as Exports;
  } catch {
    return null;
  }
  const tile = new Float64Array(exports.memory.buffer, 0, CORR_CHUNK * width);
  const sums = new Float64Array(exports.memory.buffer, ACC_AT, 2 * accumulatorIndex(k, 0));
  return {
    tile,
    width,
    reset: () => sums.fill(0),
    accumulate: (count) => {
      if (count > 0) exports.accumulate(count * width * 8);
    },
    dot: (i, j) => sums[2 * accumulatorIndex(i, j >> 1) + (j & 1)],
  };
}

/**
 * The SIMD dot products for k rows (2 <= k <= SIMD_MAX_ROWS), compiled once per k, or null.
 * @example corrcoefDots(8)?.width // 8
 */
export function corrcoefDots(k: number): CorrcoefDots | null {
  if (k < 2 || k > SIMD_MAX_ROWS) return null;
  if (!compiled.has(k)) compiled.set(k, build(k));
  return compiled.get(k) ?? null;
}

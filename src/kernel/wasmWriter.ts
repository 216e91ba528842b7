// Internal: a minimal WebAssembly binary writer, just what the kernel's SIMD modules need (./simd,
// ./simdCorrcoef): LEB128 numbers, sections, and the instructions they use, by their opcodes in the
// WebAssembly 2.0 specification (SIMD: the 0xfd prefix). Not re-exported from index.ts.

export type Bytes = number[];

export function uleb(n: number): Bytes {
  const out: Bytes = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

export function sleb(n: number): Bytes {
  const out: Bytes = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) return [...out, b];
    out.push(b | 0x80);
  }
}

export const vector = (items: Bytes[]): Bytes => [...uleb(items.length), ...items.flat()];
export const section = (id: number, body: Bytes): Bytes => [id, ...uleb(body.length), ...body];
export const name = (s: string): Bytes => [
  ...uleb(s.length),
  ...Array.from(s, (c) => c.charCodeAt(0)),
];

export const I32 = 0x7f;
export const F64 = 0x7c;
export const V128 = 0x7b;
export const simdOp = (code: number): Bytes => [0xfd, ...uleb(code)];
export const get = (i: number): Bytes => [0x20, ...uleb(i)];
export const set = (i: number): Bytes => [0x21, ...uleb(i)];
export const tee = (i: number): Bytes => [0x22, ...uleb(i)];
export const i32 = (v: number): Bytes => [0x41, ...sleb(v)];
/** v128.load with 16-byte alignment at a constant offset from the address on the stack. */
export const load = (offset: number): Bytes => [...simdOp(0x00), 4, ...uleb(offset)];
export const lane = (l: number): Bytes => [...simdOp(0x21), l];
export const F64X2_SPLAT = simdOp(0x14);
export const F64X2_NE = simdOp(0x48);
export const V128_OR = simdOp(0x50);
export const V128_ANY_TRUE = simdOp(0x53);
export const F64X2_ADD = simdOp(0xf0);
export const F64X2_SUB = simdOp(0xf1);
export const F64X2_MUL = simdOp(0xf2);
export const F64X2_PMIN = simdOp(0xf6);
/** v128.load8x8_u at a constant offset: eight bytes widened to eight u16 lanes (8-byte aligned). */
export const LOAD8X8_U = (offset: number): Bytes => [...simdOp(0x02), 3, ...uleb(offset)];
export const I32X4_EXTEND_LOW_I16X8_U = simdOp(0xa9);
export const I32X4_EXTEND_HIGH_I16X8_U = simdOp(0xaa);
export const I64X2_EXTEND_LOW_I32X4_U = simdOp(0xc9);
export const I64X2_EXTEND_HIGH_I32X4_U = simdOp(0xca);
export const I64X2_EQ = simdOp(0xd6);
export const V128_BITSELECT = simdOp(0x52);
export const F64X2_PMAX = simdOp(0xf7);
export const F64_LOAD = (offset: number): Bytes => [0x2b, 3, ...uleb(offset)];
export const V128_STORE = (offset: number): Bytes => [...simdOp(0x0b), 3, ...uleb(offset)];
export const F64_ZERO: Bytes = [0x44, 0, 0, 0, 0, 0, 0, 0, 0];
export const I32_SUB = [0x6b];
export const I32_SHL = [0x74];
export const F64_ADD = [0xa0];
export const F64_MIN = [0xa4];
export const F64_MAX = [0xa5];
export const I32_ADD = [0x6a];
export const I32_NE = [0x47];
export const I32_SHR_U = [0x76];
export const loop = (...body: Bytes[]): Bytes => [0x03, 0x40, ...body.flat(), 0x0b];
export const brIf = (depth: number): Bytes => [0x0d, depth];
export const NAN: Bytes = [0x44, 0, 0, 0, 0, 0, 0, 0xf8, 0x7f];

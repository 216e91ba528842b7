import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** Seeded draws for the simulator; every random number in the app comes through one of these. */
export interface Random {
  /** Uniform on [0, 1), a multiple of 2^-53. */
  uniform(): number;
  /** Normal with this mean and standard deviation (Marsaglia's polar method). */
  normal(mean: number, sd: number): number;
  /** Exponential with this scale (= mean), by inverse CDF: -scale * ln(1 - u). */
  exponential(scale: number): number;
  /** Integer uniform on [0, n), without modulo bias. */
  integer(n: number): number;
  /** k distinct integers from [0, n) in random order (partial Fisher-Yates). */
  sample(n: number, k: number): Uint32Array;
}

class SeededRandom implements Random {
  private readonly rng: RandomGenerator;
  // The polar method yields normals in pairs; the second waits here for the next call.
  private spare = NaN;

  constructor(state: readonly number[]) {
    this.rng = xoroshiro128plusFromState(state);
  }

  uniform(): number {
    return uniformFloat64(this.rng);
  }

  normal(mean: number, sd: number): number {
    if (!Number.isNaN(this.spare)) {
      const z = this.spare;
      this.spare = NaN;
      return mean + sd * z;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * uniformFloat64(this.rng) - 1;
      v = 2 * uniformFloat64(this.rng) - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * f;
    return mean + sd * u * f;
  }

  exponential(scale: number): number {
    return -scale * Math.log(1 - uniformFloat64(this.rng));
  }

  integer(n: number): number {
    return uniformInt(this.rng, 0, n - 1);
  }

  sample(n: number, k: number): Uint32Array {
    if (!Number.isInteger(k) || k < 0 || k > n) {
      throw new RangeError(`sample size k must be an integer in [0, ${n}], got ${k}`);
    }
    // Sparse Fisher-Yates: only the swapped slots are stored, so the cost is O(k), not O(n).
    const swapped = new Map<number, number>();
    const out = new Uint32Array(k);
    for (let i = 0; i < k; i++) {
      const j = i + this.integer(n - i);
      out[i] = swapped.get(j) ?? j;
      swapped.set(j, swapped.get(i) ?? i);
    }
    return out;
  }
}

/** MurmurHash3's fmix32 finaliser: a bijection on 32-bit integers with full avalanche. */
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** FNV-1a over the UTF-16 code units of `text`. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * The 128-bit xoroshiro state for (seed, stream), as SplitMix does it: each word is fmix32 of a
 * Weyl-sequence step, so distinct seeds give distinct states and never the all-zero one. Seeding
 * through xoroshiro128plus(seed) instead starts nearby seeds in nearby states (seeds 1 and 2 begin
 * with nearly equal uniforms).
 */
function initialState(seed: number, stream: string): number[] {
  const name = fnv1a(stream);
  // 2^32 / golden ratio, SplitMix's increment.
  const golden = 0x9e3779b9;
  return [seed + golden, seed + 2 * golden, name + golden, name + 2 * golden].map((w) =>
    fmix32(w | 0),
  );
}

/**
 * A seeded generator (pure-rand's xoroshiro128plus) for the named `stream`: the same seed and
 * stream give the same numbers in Node and in the browser; different streams of one seed are
 * unrelated, so each scenario draws from its own stream. Bit-identical across V8 (Node, Chromium);
 * other engines may differ in the last bits of normals, as Math.log is not correctly rounded.
 * @throws RangeError when seed is not a safe integer (only its low 32 bits are used).
 * @example random(42, 'demo').uniform() // same value on every run
 */
export function random(seed: number, stream: string): Random {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`seed must be a safe integer, got ${seed}`);
  }
  return new SeededRandom(initialState(seed | 0, stream));
}

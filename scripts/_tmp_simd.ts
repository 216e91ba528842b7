import { simd } from '../src/kernel/simd';
import { pairwiseSum, pairwiseSquaredDeviations } from '../src/kernel/pairwiseSum';
import { min, max } from '../src/kernel';
console.log(simd !== null);
const x = new Float64Array(8192 * 3);
for (let i = 0; i < x.length; i++) x[i] = 1e9 + Math.random() * 10 - 5 * Math.sin(i);
for (const lo of [0, 8192, 5]) {
  console.log(
    simd!.bufferSum(x, lo) === pairwiseSum(x, lo, 8192),
    simd!.bufferSquares(x, lo, 1e9 + 1) === pairwiseSquaredDeviations(x, lo, 8192, 1e9 + 1),
  );
  for (const c of [8, 64, 8192])
    console.log(
      c,
      simd!.min(x, lo, c) === min(x.subarray(lo, lo + c)),
      simd!.max(x, lo, c) === max(x.subarray(lo, lo + c)),
    );
}
x[100] = NaN;
console.log(simd!.min(x, 0, 8192), simd!.max(x, 0, 8192), simd!.min(x, 0, 64));

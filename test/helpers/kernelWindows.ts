/**
 * The decoded NumPy reference numbers for the window and fitting kernels
 * (scripts/fixtures/kernel_windows.py), typed so each test reads its section without casts.
 * Key names are the generator's snake_case; "exact" values come from rational arithmetic.
 */
import raw from '../fixtures/kernel_windows.json';
import type { ConvolveMode } from '../../src/kernel/convolve';
import { decode } from './fixtures';

type ConvolveCase = { name: string; a: number[]; v: number[]; mode: ConvolveMode; out: number[] };

type MovingCase = {
  name: string;
  x: number[];
  w: number;
  ddof: number;
  mean: number[];
  std: number[];
  exact_std: number[] | null;
};

type PolyfitCase = {
  name: string;
  x: number[];
  y: number[];
  deg: number;
  coef: number[];
  exact: number[] | null;
};

type PolyvalCase = { name: string; p: number[]; x: number[]; out: number[] };

type ArgsortCase = { name: string; x: number[]; order: number[] };

type CorrcoefCase = { name: string; rows: number[][]; out: number[][] | number };

type KernelWindows = {
  convolve: ConvolveCase[];
  moving: MovingCase[];
  polyfit: PolyfitCase[];
  polyval: PolyvalCase[];
  argsort: ArgsortCase[];
  corrcoef: CorrcoefCase[];
};

/** Every section of kernel_windows.json, NaN and infinities restored. */
export const windows = decode(raw) as unknown as KernelWindows;

/** [name, case] rows for it.each, so titles name the fixture case. */
export function named<T extends { name: string }>(cases: T[]): [string, T][] {
  return cases.map((c) => [c.name, c]);
}

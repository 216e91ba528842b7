#!/usr/bin/python3
"""Times NumPy on the data scripts/bench.ts wrote, for `npm run bench` to compare against.

Usage: /usr/bin/python3 scripts/bench_numpy.py DIR
DIR holds manifest.json ({"jobs": [{"op", "n", "skip"}], "farm_shape"}) and raw little-endian
float64 files x.f64 (the largest size; smaller sizes are its prefixes), t.f64 (epoch seconds) and
farm.f64. Job i writes its result to DIR/result-<i>.f64 (float64, flattened); stdout gets one JSON
object {"timings": [ms, or null for a skipped job], "numpy": version}.
Timing policy as scripts/bench/measure.ts: one warm-up, then runs until >= 3 runs and >= 200 ms;
the median counts.
"""
import json
import os
import sys
import time

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

BUDGET_S = 0.2
MIN_RUNS = 3


def measure(fn):
    """Median wall time of fn() in ms (see module docstring) and its last result."""
    result = fn()
    times = []
    start = time.perf_counter()
    while len(times) < MIN_RUNS or time.perf_counter() - start < BUDGET_S:
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return float(np.median(times)) * 1e3, result


def moving_mean(x, w):
    """O(n) moving mean by differences of a cumulative sum (NumPy has no rolling mean)."""
    c = np.cumsum(np.concatenate(([0.0], x)))
    return (c[w:] - c[:-w]) / w


def make_ops(x, t, farm):
    """op name -> function of n, matching the names in scripts/bench.ts."""
    return {
        "sum": lambda n: np.sum(x[:n]),
        "mean": lambda n: np.mean(x[:n]),
        "std": lambda n: np.std(x[:n]),
        "min": lambda n: np.min(x[:n]),
        "max": lambda n: np.max(x[:n]),
        "percentile q=95": lambda n: np.percentile(x[:n], 95),
        "percentile q=[50,95,99]": lambda n: np.percentile(x[:n], [50, 95, 99]),
        "movingStd w=10": lambda n: sliding_window_view(x[:n], 10).std(axis=1),
        "movingStd w=60": lambda n: sliding_window_view(x[:n], 60).std(axis=1),
        "movingMean w=60": lambda n: moving_mean(x[:n], 60),
        "convolve 5-tap valid": lambda n: np.convolve(x[:n], np.ones(5) / 5, "valid"),
        "convolve 60-tap valid": lambda n: np.convolve(x[:n], np.ones(60) / 60, "valid"),
        "polyfit deg 1": lambda n: np.polyfit(t[:n], x[:n], 1),
        "argsort": lambda n: np.argsort(x[:n], kind="stable"),
        "corrcoef 8 x n/8": lambda n: np.corrcoef(x[:n].reshape(8, n // 8)),
        "farm mean axis 1": lambda n: farm.mean(axis=1),
    }


def main(folder):
    with open(os.path.join(folder, "manifest.json")) as f:
        manifest = json.load(f)
    x = np.fromfile(os.path.join(folder, "x.f64"), dtype="<f8")
    t = np.fromfile(os.path.join(folder, "t.f64"), dtype="<f8")
    farm = np.fromfile(os.path.join(folder, "farm.f64"), dtype="<f8").reshape(manifest["farm_shape"])
    ops = make_ops(x, t, farm)
    timings = []
    for i, job in enumerate(manifest["jobs"]):
        if job["skip"]:
            timings.append(None)
            continue
        ms, result = measure(lambda: ops[job["op"]](job["n"]))
        timings.append(ms)
        np.asarray(result, dtype="<f8").ravel().tofile(os.path.join(folder, f"result-{i}.f64"))
    json.dump({"timings": timings, "numpy": np.__version__}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])

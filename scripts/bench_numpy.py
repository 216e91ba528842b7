#!/usr/bin/python3
"""Times NumPy on the data scripts/bench.ts wrote, for `npm run bench` to compare against.

Usage: /usr/bin/python3 scripts/bench_numpy.py DIR
DIR holds manifest.json ({"jobs": [{"op", "n", "skip"}], "farm": [servers, metrics],
"percentiles": [...]}) and raw little-endian float64 files x.f64 (the largest size; smaller sizes
are its prefixes) and t.f64 (epoch seconds), the same files scripts/bench.ts times the kernel on. Job i writes its result to DIR/result-<i>.f64 (float64, flattened); stdout gets one JSON
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


# Windows per block of moving_std: sliding_window_view(x, 60).std(axis=1) on all of 1e7 at once
# builds 4.8 GB of temporaries; blocks keep them near 60 MB with the same O(n w) work.
STD_BLOCK = 1 << 17


def moving_std(x, w):
    """sliding_window_view(x, w).std(axis=1), the seed's rolling std, a block of windows at a time."""
    count = len(x) - w + 1
    out = np.empty(count)
    for start in range(0, count, STD_BLOCK):
        stop = min(count, start + STD_BLOCK)
        out[start:stop] = sliding_window_view(x[start : stop + w - 1], w).std(axis=1)
    return out


def iqr_filter(x):
    """The SLA panel's outlier filter: values within Tukey's fences of the linear quartiles."""
    q1, q3 = np.percentile(x, [25, 75])
    return x[(x >= q1 - 1.5 * (q3 - q1)) & (x <= q3 + 1.5 * (q3 - q1))]


def make_ops(x, t, manifest):
    """op name -> function of n, matching the names in scripts/bench/kernelOps.ts."""
    servers, metrics = manifest["farm"]
    levels = manifest["percentiles"]
    box10 = np.ones(10) / 10
    return {
        "sum": lambda n: np.sum(x[:n]),
        "mean": lambda n: np.mean(x[:n]),
        "std": lambda n: np.std(x[:n]),
        "min": lambda n: np.min(x[:n]),
        "max": lambda n: np.max(x[:n]),
        "percentile x5": lambda n: np.percentile(x[:n], levels),
        "where(x > 50, x*1.1, x*0.9)": lambda n: np.where(x[:n] > 50, x[:n] * 1.1, x[:n] * 0.9),
        "convolve w=10 valid": lambda n: np.convolve(x[:n], box10, "valid"),
        "movingMean w=60": lambda n: moving_mean(x[:n], 60),
        "movingStd w=60": lambda n: moving_std(x[:n], 60),
        "polyfit deg 1": lambda n: np.polyfit(t[:n], x[:n], 1),
        "argsort": lambda n: np.argsort(x[:n], kind="stable"),
        "corrcoef 8 x n/8": lambda n: np.corrcoef(x[:n].reshape(8, n // 8)),
        "farm mean axis 1": lambda n: x[:n].reshape(servers, -1, metrics).mean(axis=1),
        "IQR filter": lambda n: iqr_filter(x[:n]),
    }


def main(folder):
    with open(os.path.join(folder, "manifest.json")) as f:
        manifest = json.load(f)
    x = np.fromfile(os.path.join(folder, "x.f64"), dtype="<f8")
    t = np.fromfile(os.path.join(folder, "t.f64"), dtype="<f8")
    ops = make_ops(x, t, manifest)
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

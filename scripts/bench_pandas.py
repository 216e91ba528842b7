#!/usr/bin/python3
"""Times pandas reading the CSV scripts/bench.ts wrote, for `npm run bench` to compare against.

Usage: /usr/bin/python3 scripts/bench_pandas.py CSV
CSV has a header with an ISO 8601 `timestamp` column and numeric columns. Times
pandas.read_csv(CSV, parse_dates=["timestamp"]) with the policy of scripts/bench/measure.ts (the
measure() of bench_numpy.py: one warm-up, then runs until >= 3 runs and >= 200 ms; the median
counts) and prints one JSON object {"ms", "runs", "rows", "means": {column: mean}, "pandas"}.
"""
import json
import sys

import pandas as pd

from bench_numpy import MIN_RUNS, measure


def main(path):
    ms, frame = measure(lambda: pd.read_csv(path, parse_dates=["timestamp"]))
    if not pd.api.types.is_datetime64_any_dtype(frame["timestamp"]):
        sys.exit(f"timestamp was not parsed as dates: {frame['timestamp'].dtype}")
    means = {name: float(frame[name].mean()) for name in frame.columns if name != "timestamp"}
    # measure() keeps its run count to itself; a read of this file takes far over 200 ms / 3, so
    # measure() stops at MIN_RUNS.
    json.dump(
        {"ms": ms, "runs": MIN_RUNS, "rows": len(frame), "means": means, "pandas": pd.__version__},
        sys.stdout,
    )


if __name__ == "__main__":
    main(sys.argv[1])

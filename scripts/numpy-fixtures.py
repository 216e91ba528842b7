#!/usr/bin/python3
"""Regenerates every NumPy reference fixture under test/fixtures/.

Run with Debian's NumPy:  apt-get install -y python3-numpy && /usr/bin/python3 scripts/numpy-fixtures.py
Each module scripts/fixtures/<name>.py (other than common.py) defines build() and is written to
test/fixtures/<name>.json. Tests read the committed JSON and never need Python.
"""
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "fixtures"))

import common  # noqa: E402


def main():
    names = sorted(
        f[:-3]
        for f in os.listdir(os.path.join(HERE, "fixtures"))
        if f.endswith(".py") and f != "common.py"
    )
    for name in names:
        module = importlib.import_module(name)
        print(common.write(name, module.build()))


if __name__ == "__main__":
    main()

"""Build the demo investigation store: `uv run python data/build_demo.py [PATH]`."""

import sys
from pathlib import Path

from claimtrack.demo import build_demo_store

if __name__ == "__main__":
    target = build_demo_store(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    print(target)

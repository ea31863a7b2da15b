"""The `svg` and `png` formats: the DOT output rendered by Graphviz's `dot` program."""

from __future__ import annotations

import shutil
import subprocess

from claimtrack.errors import ExportError
from claimtrack.export.dot import dot_source
from claimtrack.export.registry import Exporter, register
from claimtrack.snapshot import Snapshot

TIMEOUT_SECONDS = 60
MISSING = "Graphviz 'dot' is not installed; install graphviz or export --format dot"


def render(snapshot: Snapshot, output: str) -> bytes:
    """Run `dot -T<output>` on the DOT export; ExportError if dot is missing or fails."""
    program = shutil.which("dot")
    if program is None:
        raise ExportError(MISSING)
    try:
        done = subprocess.run(
            [program, f"-T{output}"],
            input=dot_source(snapshot).encode("utf-8"),
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ExportError(f"Graphviz 'dot' took longer than {TIMEOUT_SECONDS} s") from None
    except OSError as exc:
        raise ExportError(f"cannot run Graphviz 'dot': {exc}") from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = message[0] if message else f"exit status {done.returncode}"
        raise ExportError(f"Graphviz 'dot' failed: {detail}")
    return done.stdout


def write_svg(snapshot: Snapshot) -> bytes:
    """The claim graph as SVG."""
    return render(snapshot, "svg")


def write_png(snapshot: Snapshot) -> bytes:
    """The claim graph as PNG."""
    return render(snapshot, "png")


SVG = register(
    Exporter(
        name="svg",
        suffix=".svg",
        description="Claim graph drawn by Graphviz as SVG (needs graphviz)",
        binary=False,
        write=write_svg,
    )
)
PNG = register(
    Exporter(
        name="png",
        suffix=".png",
        description="Claim graph drawn by Graphviz as PNG (needs graphviz)",
        binary=True,
        write=write_png,
    )
)

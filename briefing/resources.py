"""Where the bundled folders (seeds/, themes/) are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path


def bundled_dir(name: str) -> Path:
    """The bundled folder `name`: inside the wheel (hatch force-include maps the
    top-level folders to briefing/_data/) or, in a source checkout, the top level."""
    installed = Path(__file__).parent / "_data" / name
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[1] / name

"""How a human-facing report is dressed."""

from __future__ import annotations

from typing import NamedTuple


class Style(NamedTuple):
    color: bool = False
    quiet: bool = False  # findings only, no summary line
    statistics: bool = False  # counts per rule instead of findings
    complete: bool = True  # False: a path was missing, so no "All checks passed"

"""How a human-facing report is dressed."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Style:
    color: bool = False
    quiet: bool = False  # findings only, no summary line
    statistics: bool = False  # counts per rule instead of findings

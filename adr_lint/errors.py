"""The one exception family adr-lint raises; the CLI turns it into exit 2."""

from __future__ import annotations


class AdrLintError(Exception):
    """A problem with the run itself (usage, configuration, rule packs)."""


class UsageError(AdrLintError):
    """The command line asks for something that cannot be done."""


class PackError(AdrLintError):
    """A rule pack or configuration file is unreadable or invalid."""

    def __init__(self, path: str, where: str, reason: str) -> None:
        super().__init__(f"{path}: {where}: {reason}" if where else f"{path}: {reason}")
        self.path = path
        self.where = where
        self.reason = reason

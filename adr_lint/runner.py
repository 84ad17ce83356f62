"""One run of `adr-lint check`: settings from the command line and the
config file -> knowledge base, files, linter, report, exit code."""

from __future__ import annotations

import os
import sys
from typing import NamedTuple

import click

from adr_lint import config, discover, knowledge
from adr_lint.checks.context import Options
from adr_lint.engine import FileReport, Linter, as_posix
from adr_lint.errors import AdrLintError
from adr_lint.findings import SEVERITIES, Skipped


class Settings(NamedTuple):
    """What the command line asked for; None means "not given"."""

    paths: tuple[str, ...] = ()
    fmt: str = "text"
    output: str | None = None
    config: str | None = None
    packs: tuple[str, ...] = ()
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    strict: bool | None = None
    exit_zero: bool = False
    quiet: bool = False
    statistics: bool = False
    report_unused_suppressions: bool = False
    allow_empty: bool | None = None
    jobs: int = 0  # 0: one per core when there are enough files to pay for it
    show_files: bool = False  # list each Markdown file found, linted or skipped
    fix: bool = False
    diff: bool = False  # show what --fix would change, and change nothing


def run(settings: Settings) -> int:
    from adr_lint.checks import all_rules
    from adr_lint.report import FORMATS, Style, resolve

    conf = config.load(settings.config or config.find(os.getcwd()))
    kb = knowledge.load([*conf.rules, *settings.packs])
    rules = all_rules(kb)
    options = _options(settings, conf, set(rules))
    found = discover.discover(list(settings.paths or conf.paths), os.getcwd())
    targets = [t for t in found.targets if not _excluded(t.path, conf)]
    linter = Linter(kb, options)
    linted = lint_all(linter, targets, settings.jobs)
    if settings.fix or settings.diff:
        differs = _fix(linter, targets, linted, settings)
        if settings.diff:
            return _missing(found.missing) or differs
        linted = lint_all(linter, targets, settings.jobs)  # what is left
    results = _by_path(found.targets, linted, conf)
    reports = [r for r in results if r.skipped is None]
    skipped = [r.skipped for r in results if r.skipped is not None]
    if settings.show_files:
        click.echo("".join(_shown(r) for r in results), err=True, nl=False)
    allow_empty = (
        conf.allow_empty if settings.allow_empty is None else settings.allow_empty
    )
    # A file named on the command line (as pre-commit names them) may be a
    # template: that is no reason to fail. A folder with no ADR in it is.
    named = any(t.named for t in found.targets)
    if not reports and not named and not found.missing and not allow_empty:
        raise AdrLintError(_none_found(settings, conf, skipped))
    fmt = resolve(settings.fmt)
    color = fmt == "text" and settings.output is None and _color_wanted()
    style = Style(color=color, quiet=settings.quiet, statistics=settings.statistics)
    _emit(FORMATS[fmt](reports, rules, style, skipped), settings.output)
    _missing(found.missing)
    strict = conf.strict if settings.strict is None else settings.strict
    return 0 if settings.exit_zero else _exit_code(reports, strict)


def _by_path(
    found: list[discover.Target], linted: list[FileReport], conf: config.Config
) -> list[FileReport]:
    """Every Markdown file found, in order: its report, or for a file the
    configuration excludes, a report that it was skipped."""
    out, done = [], iter(linted)
    where = f"exclude in {as_posix(conf.path)}" if conf.path else "exclude"
    for target in found:
        if _excluded(target.path, conf):
            shown = as_posix(target.path)
            why = Skipped(shown, "excluded", f"matches {where}")
            out.append(FileReport(shown, None, None, None, {}, (), why))
        else:
            out.append(next(done))
    return out


def _shown(report: FileReport) -> str:
    if report.skipped is None:
        return f"{report.path}: linted\n"
    return f"{report.path}: skipped: {report.skipped.kind} ({report.skipped.reason})\n"


def _none_found(settings: Settings, conf: config.Config, skipped: list[Skipped]) -> str:
    from adr_lint.report.text_format import skipped_note

    where = ", ".join(settings.paths or conf.paths) or "the ADR folder"
    note = f" ({skipped_note(skipped)}; --show-files lists them)" if skipped else ""
    return f"no ADR files found in {where}{note} (use --allow-empty to accept that)"


# Below this many files a pool of workers costs more than it saves.
PARALLEL_FROM = 400
_WORKER: Linter | None = None


def lint_all(
    linter: Linter, targets: list[discover.Target], jobs: int
) -> list[FileReport]:
    """Lint in order; with several cores and many files, in worker processes
    that inherit the loaded knowledge base. The output is the same either way."""
    workers = jobs or (os.cpu_count() or 1 if len(targets) >= PARALLEL_FROM else 1)
    workers = min(workers, len(targets))
    if workers <= 1:
        return [linter.lint(t.path, problem=t.problem) for t in targets]
    import multiprocessing

    global _WORKER  # noqa: PLW0603 - inherited by forked workers
    _WORKER = linter
    context = multiprocessing.get_context("fork")
    chunk = max(1, len(targets) // (workers * 8))
    with context.Pool(workers) as pool:
        return pool.map(_lint_one, targets, chunksize=chunk)


def _lint_one(target: discover.Target) -> FileReport:
    assert _WORKER is not None
    return _WORKER.lint(target.path, problem=target.problem)


def _options(settings: Settings, conf: config.Config, known: set[str]) -> Options:
    select = conf.select if settings.select is None else settings.select
    ignore = conf.ignore if settings.ignore is None else settings.ignore
    extend = (*conf.extend_select, *settings.extend_select)
    for code in (*select, *ignore, *extend, *conf.severity):
        if not any(rule.startswith(code) for rule in known):
            where = f"{conf.path}: " if conf.path else ""
            raise AdrLintError(f"{where}unknown rule code or prefix '{code}'")
    return Options(
        select=select,
        ignore=ignore,
        severity=conf.severity,
        report_unused_suppressions=settings.report_unused_suppressions,
        statuses=conf.statuses,
        extend_select=extend,
        file_name_pattern=conf.file_name_pattern,
    )


def _missing(missing: list[str]) -> int:
    if missing:
        # Every file that exists has been linted and reported; the run still fails.
        raise AdrLintError("; ".join(missing))
    return 0


def _fix(
    linter: Linter,
    targets: list[discover.Target],
    reports: list[FileReport],
    settings: Settings,
) -> int:
    """Fix, or with `--diff` print what fixing would change; 1 if it does."""
    from adr_lint.fixes import session

    done = session.run(
        linter,
        [
            (t.path, r)
            for t, r in zip(targets, reports, strict=True)
            if r.skipped is None
        ],
    )
    changed = done.changed()
    if settings.diff:
        _emit(done.diff(), settings.output)
    else:
        done.write()
    if not settings.quiet:
        click.echo(_fixed_line(done.applied, len(changed), settings.diff), err=True)
    return int(bool(changed))


def _fixed_line(problems: int, files: int, diff: bool) -> str:
    if not problems:
        return "Nothing to fix."
    verb = "Would fix" if diff else "Fixed"
    noun = "problem" if problems == 1 else "problems"
    return f"{verb} {problems} {noun} in {files} file{'s' if files != 1 else ''}."


def _excluded(path: str, conf: config.Config) -> bool:
    if not conf.exclude:
        return False
    import fnmatch

    base = os.path.dirname(os.path.abspath(conf.path)) if conf.path else os.getcwd()
    relative = os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/")
    name = os.path.basename(path)
    return any(
        fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(name, p) for p in conf.exclude
    )


def _color_wanted() -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _emit(text: str, output: str | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise AdrLintError(
            f"{output}: cannot write report: {exc.strerror or exc}"
        ) from None


def _exit_code(reports: list[FileReport], strict: bool) -> int:
    failing = SEVERITIES[:2] if strict else SEVERITIES[:1]
    return int(any(f.severity in failing for r in reports for f in r.findings))

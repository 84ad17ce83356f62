"""One run of `adr-lint check`: settings from the command line and the
config file -> knowledge base, files, linter, report, exit code."""

from __future__ import annotations

import os
import sys
from itertools import islice
from pathlib import Path
from typing import NamedTuple

import click

from adr_lint import config, discover, knowledge
from adr_lint.checks.context import Options
from adr_lint.console import colour, stdin
from adr_lint.engine import FileReport, Linter, as_posix
from adr_lint.errors import AdrLintError
from adr_lint.findings import SEVERITIES, Rule, Skipped
from adr_lint.workspace import folders


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
    stdin_filename: str | None = None  # the name standard input stands for
    color: str = "auto"  # auto, always, never
    show_settings: bool = False  # print the merged settings instead of linting
    only_adr_folders: bool = False  # of the files given, only those in ADR folders
    changed_since: str | None = None  # only the files changed since this git ref
    fix: bool = False
    diff: bool = False  # show what --fix would change, and change nothing


class Run(NamedTuple):
    """What one run lints, with everything it needs to."""

    settings: Settings
    conf: config.Config
    kb: knowledge.KnowledgeBase
    rules: dict[str, Rule]
    linter: Linter
    where: folders.AdrFolders


def run(settings: Settings) -> int:
    from adr_lint.checks import all_rules

    conf = config.load(settings.config or config.find(os.getcwd()))
    kb = knowledge.load([*conf.rules, *settings.packs])
    rules = all_rules(kb)
    options = _options(settings, conf, set(rules))
    where = folders.locate(os.getcwd(), conf.paths)
    this = Run(settings, conf, kb, rules, Linter(kb, options), where)
    if settings.show_settings:
        _emit(_settings_shown(this, options), None)
        return 0
    if stdin.wanted(settings.paths, settings.stdin_filename):
        reports, skipped = _sorted(settings, [_lint_stdin(this)])
        return _report(this, reports, skipped, [])
    found, narrowed = discover.select(
        settings.paths,
        where,
        kb.language,
        only_adr_folders=settings.only_adr_folders,
        changed_since=settings.changed_since,
    )
    targets = [t for t in found.targets if not config.excludes(conf, t.path)]
    linted = lint_all(this.linter, targets, settings.jobs)
    if settings.fix or settings.diff:
        differs = _fix(this.linter, targets, linted, settings)
        if settings.diff:
            if found.missing:
                raise AdrLintError("\n".join(found.missing))
            return differs
        linted = lint_all(this.linter, targets, settings.jobs)  # what is left
    results = _by_path(found.targets, linted, conf)
    reports, skipped = _sorted(settings, results)
    allow_empty = _allow_empty(settings, conf)
    # A file named on the command line (as pre-commit names them) may be a
    # template: that is no reason to fail. A folder with no ADR in it is;
    # a run narrowed to the files that changed may find none.
    named = narrowed or any(t.named for t in found.targets)
    if not reports and not named and not found.missing and not allow_empty:
        raise AdrLintError(_none_found(found, skipped))
    return _report(this, reports, skipped, found.missing)


def _sorted(
    settings: Settings, results: list[FileReport]
) -> tuple[list[FileReport], list[Skipped]]:
    """The files linted, and those skipped (listed with --show-files)."""
    if settings.show_files:
        click.echo("".join(_shown(r) for r in results), err=True, nl=False)
    reports = [r for r in results if r.skipped is None]
    return reports, [r.skipped for r in results if r.skipped is not None]


def _report(
    this: Run, reports: list[FileReport], skipped: list[Skipped], missing: list[str]
) -> int:
    from adr_lint.report import FORMATS, Style, resolve

    settings = this.settings
    fmt = resolve(settings.fmt)
    color = fmt in ("text", "concise") and colour.wanted(
        settings.color,
        to_file=settings.output is not None,
        terminal=sys.stdout.isatty(),
        env=os.environ,
    )
    style = Style(
        color=color,
        quiet=settings.quiet,
        statistics=settings.statistics,
        complete=not missing,
    )
    _emit(FORMATS[fmt](reports, this.rules, style, skipped), settings.output, color)
    if missing:
        # Every file that exists has been linted and reported; the run still fails.
        raise AdrLintError("\n".join(missing))
    strict = this.conf.strict if settings.strict is None else settings.strict
    return 0 if settings.exit_zero else _exit_code(reports, strict)


def _lint_stdin(this: Run) -> FileReport:
    data = stdin.read()
    name = this.settings.stdin_filename
    if name is None:
        return this.linter.lint_bytes(data, stdin.DASH)
    return this.linter.lint(name, data=data)


def _by_path(
    found: list[discover.Target], linted: list[FileReport], conf: config.Config
) -> list[FileReport]:
    """Every Markdown file found, in order: its report, or for a file the
    configuration excludes, a report that it was skipped."""
    out, done = [], iter(linted)
    where = f"exclude in {as_posix(conf.path)}" if conf.path else "exclude"
    for target in found:
        if config.excludes(conf, target.path):
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


def _none_found(found: discover.Found, skipped: list[Skipped]) -> str:
    from adr_lint.report.text_format import skipped_note

    where = ", ".join(as_posix(root) for root in found.roots)
    note = f" ({skipped_note(skipped)}; --show-files lists them)" if skipped else ""
    other = _other_markup(found.roots)
    return (
        f"no ADR files found in {where}{note}{other} (use --allow-empty to accept that)"
    )


# Records some teams keep in another markup, which adr-lint does not read;
# only so many paths are looked at for them, as this is an error's hint.
_LOOK_AT_MOST = 20_000
_OTHER_MARKUP = {
    ".rst": "reStructuredText",
    ".adoc": "AsciiDoc",
    ".asciidoc": "AsciiDoc",
}


def _other_markup(roots: tuple[str, ...]) -> str:
    """Say so when the folders hold records in a markup other than
    Markdown: a folder of .rst records is not an empty folder."""
    counts: dict[str, int] = {}
    for root in roots:
        folder = Path(root)
        if not folder.is_dir():
            continue
        for path in islice(folder.rglob("*"), _LOOK_AT_MOST):
            markup = _OTHER_MARKUP.get(path.suffix.lower())
            if markup and path.is_file():
                counts[markup] = counts.get(markup, 0) + 1
    if not counts:
        return ""
    said = " and ".join(f"{n} {markup}" for markup, n in sorted(counts.items()))
    return f" ({said} files there: adr-lint reads Markdown only)"


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
    given = {
        "--select": settings.select or (),
        "--ignore": settings.ignore or (),
        "--extend-select": settings.extend_select,
    }
    config.check_codes(conf, given, known)
    select = conf.select if settings.select is None else settings.select
    ignore = conf.ignore if settings.ignore is None else settings.ignore
    return Options(
        select=select,
        ignore=ignore,
        severity=conf.severity,
        report_unused_suppressions=settings.report_unused_suppressions,
        statuses=conf.statuses,
        extend_select=(*conf.extend_select, *settings.extend_select),
        file_name_pattern=conf.file_name_pattern,
    )


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


def _emit(text: str, output: str | None, color: bool = False) -> None:
    if output is None:
        # click.echo removes colour from what is not a terminal unless told.
        click.echo(text, nl=False, color=color)
        return
    try:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise AdrLintError(
            f"{output}: cannot write report: {exc.strerror or exc}"
        ) from None


def _settings_shown(this: Run, options: Options) -> str:
    """The settings merged from the config file and the command line, then
    the rest of the command line's."""
    settings, conf = this.settings, this.conf
    found = settings.paths or tuple(folders.search(this.where, this.kb.language))
    merged = {
        "paths": tuple(as_posix(p) for p in found),
        "adr-folders-from": this.where.source,
        "exclude": conf.exclude,
        **{k.replace("_", "-"): v for k, v in options._asdict().items()},
        "severity": dict(options.severity),
        "statuses": options.statuses or this.kb.language.statuses,
        "rules": tuple(as_posix(p) for p in (*conf.rules, *settings.packs)),
        "strict": conf.strict if settings.strict is None else settings.strict,
        "allow-empty": _allow_empty(settings, conf),
    }
    from adr_lint.console import settings as shown

    return shown.render(conf.path, merged, settings._asdict())


def _allow_empty(settings: Settings, conf: config.Config) -> bool:
    return conf.allow_empty if settings.allow_empty is None else settings.allow_empty


def _exit_code(reports: list[FileReport], strict: bool) -> int:
    failing = SEVERITIES[:2] if strict else SEVERITIES[:1]
    return int(any(f.severity in failing for r in reports for f in r.findings))

"""Command line: `adr-lint [PATHS]`, `adr-lint rules`, `adr-lint explain CODE`,
`adr-lint show FILE…`, `adr-lint new TITLE`.

The CLI only parses options; `run()` builds the knowledge base, the file
list and the linter, and returns the exit code:
0 no error-level finding, 1 at least one, 2 usage, config or internal error.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

import click

from adr_lint import __version__
from adr_lint.authoring import commands as authoring
from adr_lint.errors import AdrLintError

if TYPE_CHECKING:
    from adr_lint.findings import Rule

# The reporters' names, spelled out so that `--help` does not import them.
FORMATS = ("text", "concise", "json", "sarif", "github", "junit", "auto")
COLOURS = ("auto", "always", "never")


class _DefaultToCheck(click.Group):
    """`adr-lint docs/adr` means `adr-lint check docs/adr`, as in ruff; the
    help of `adr-lint` shows the options of `check`, which it runs."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        from adr_lint.console.commands import COMMANDS, route

        return super().parse_args(ctx, route(args, {*COMMANDS, *self.commands}))

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, "[OPTIONS] [PATHS]...")
        formatter.write_usage(ctx.command_path, "COMMAND [ARGS]...", prefix="   or: ")

    def format_options(
        self, ctx: click.Context, formatter: click.HelpFormatter
    ) -> None:
        check = self.commands["check"]
        sub = click.Context(check, info_name="check", parent=ctx)
        helper = check.get_help_option(sub)
        own = [p for p in check.get_params(sub) if isinstance(p, click.Option)]
        shown = [p for p in own if p is not helper] + self.get_params(ctx)
        rows = [row for p in shown if (row := p.get_help_record(sub)) is not None]
        with formatter.section("Options (also for `adr-lint check`)"):
            formatter.write_dl(rows)
        self.format_commands(ctx, formatter)


@click.group(
    cls=_DefaultToCheck, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.version_option(__version__, prog_name="adr-lint")
def cli() -> None:
    """Lint Architecture Decision Records.

    With no command, checks PATHS (files or folders; - reads standard
    input). With no PATHS, the repository's ADR folders: the config's paths,
    the folder .adr-dir names, else every folder named like one: docs/adr,
    doc/architecture/decisions, architecture-decision-records, ADR, ...
    """


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Report format; auto is github inside GitHub Actions, else text.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=str),
    help="Write the report to FILE instead of standard output.",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=str),
    help="Use this config file instead of looking for one.",
)
@click.option(
    "--rules",
    "packs",
    multiple=True,
    type=click.Path(path_type=str),
    help="Add a rule-pack folder (repeatable).",
)
@click.option(
    "--select",
    multiple=True,
    help="Only these rule codes or prefixes (comma-separated or repeated).",
)
@click.option("--ignore", multiple=True, help="Skip these rule codes or prefixes.")
@click.option("--extend-select", multiple=True, help="Add codes to the selection.")
@click.option("--strict/--no-strict", default=None, help="Warnings fail the run too.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when errors are found.")
@click.option(
    "--quiet", "-q", is_flag=True, help="Print findings only, no summary line."
)
@click.option(
    "--statistics",
    is_flag=True,
    help="Print how often each rule fired instead of the findings.",
)
@click.option(
    "--report-unused-suppressions",
    is_flag=True,
    help="Report suppression comments that suppress nothing.",
)
@click.option(
    "--allow-empty/--no-allow-empty",
    default=None,
    help="Succeed when no ADR file is found.",
)
@click.option(
    "--show-files",
    "--verbose",
    "-v",
    "show_files",
    is_flag=True,
    help="List every Markdown file found, linted or skipped and why (on stderr).",
)
@click.option(
    "--fix", is_flag=True, help="Fix what can be fixed with certainty, in place."
)
@click.option(
    "--diff",
    is_flag=True,
    help="Print the diff of what --fix would change; write nothing.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(0, 256),
    default=0,
    help="Worker processes; 0 chooses one per core for large runs.",
)
@click.option(
    "--stdin-filename",
    metavar="NAME",
    help="With - as the path: the file standard input stands for (its name "
    "and folder rules).",
)
@click.option(
    "--color",
    type=click.Choice(COLOURS),
    default="auto",
    show_default=True,
    help="Colour the text report; auto: on a terminal, honouring NO_COLOR and "
    "FORCE_COLOR.",
)
@click.option(
    "--show-settings",
    is_flag=True,
    help="Print the config file used and the merged settings, then exit.",
)
@click.option(
    "--only-adr-folders",
    is_flag=True,
    help="Of the files given, lint only those in the ADR folders (as the "
    "pre-commit hook does); ignore the rest.",
)
@click.option(
    "--changed-since",
    metavar="REF",
    help="Lint only the ADRs changed since git revision REF (and untracked ones).",
)
def check(**options: Any) -> None:
    """Check ADR files and folders."""
    from adr_lint.runner import Settings, run

    settings = Settings(
        paths=options["paths"],
        fmt=options["fmt"],
        output=options["output"],
        config=options["config_file"],
        packs=options["packs"],
        select=_codes(options["select"]) if options["select"] else None,
        ignore=_codes(options["ignore"]) if options["ignore"] else None,
        extend_select=_codes(options["extend_select"]),
        strict=options["strict"],
        exit_zero=options["exit_zero"],
        quiet=options["quiet"],
        statistics=options["statistics"],
        report_unused_suppressions=options["report_unused_suppressions"],
        allow_empty=options["allow_empty"],
        jobs=options["jobs"],
        show_files=options["show_files"],
        fix=options["fix"],
        diff=options["diff"],
        stdin_filename=options["stdin_filename"],
        color=options["color"],
        show_settings=options["show_settings"],
        only_adr_folders=options["only_adr_folders"],
        changed_since=options["changed_since"],
    )
    raise SystemExit(run(settings))


_pack_option = click.option(
    "--rules",
    "packs",
    multiple=True,
    type=click.Path(path_type=str),
    help="Add a rule-pack folder (repeatable).",
)


def _registry(packs: tuple[str, ...]) -> dict[str, Rule]:
    from adr_lint import knowledge
    from adr_lint.checks import all_rules

    return all_rules(knowledge.load(list(packs)))


@cli.command("rules")
@_pack_option
def list_rules(packs: tuple[str, ...]) -> None:
    """List every rule with its code, severity and summary."""
    for rule in _registry(packs).values():
        default = "" if rule.default else "  (off by default)"
        click.echo(
            f"{rule.code}  {rule.severity:<7}  {rule.name:<32}  {rule.summary}{default}"
        )


@cli.command()
@click.argument("code")
@_pack_option
def explain(code: str, packs: tuple[str, ...]) -> None:
    """Show what rule CODE checks, why, and examples."""
    from adr_lint import fixes

    rule = _registry(packs).get(code.upper())
    if rule is None:
        raise AdrLintError(f"unknown rule '{code}'; `adr-lint rules` lists them")
    fixer = fixes.modules().get(rule.code)
    head = f"{rule.code} {rule.name} ({rule.severity})\n\n{rule.summary}"
    fix = fixer.__doc__.split(": ", 1)[1] if fixer and fixer.__doc__ else ""
    click.echo(f"{head}\n\n{rule.doc}" + (f"\n\nWith --fix: {fix}" if fix else ""))


@cli.command()
@_pack_option
def sources(packs: tuple[str, ...]) -> None:
    """List the articles the knowledge base's claims cite."""
    from adr_lint import knowledge

    kb = knowledge.load(list(packs))
    for source in kb.sources.values():
        by = f", {source.publisher}" if source.publisher else ""
        when = f" ({source.date})" if source.date else ""
        click.echo(f"{source.id}  \u201c{source.title}\u201d{by}{when}")
        for section in source.sections:
            click.echo(f"    section \u201c{section}\u201d")


cli.add_command(authoring.show)
cli.add_command(authoring.new)


def _codes(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(
        part.strip().upper()
        for value in values
        for part in value.split(",")
        if part.strip()
    )


def main(argv: list[str] | None = None) -> int:
    """Entry point: never lets a traceback reach the user."""
    try:
        cli.main(args=argv, prog_name="adr-lint", standalone_mode=False)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 0
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return 2
    except click.Abort:
        click.echo("adr-lint: aborted", err=True)
        return 2
    except AdrLintError as exc:
        for line in str(exc).splitlines() or [""]:
            click.echo(f"adr-lint: error: {line}", err=True)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if os.environ.get("ADR_LINT_DEBUG"):
            raise
        click.echo(f"adr-lint: internal error: {type(exc).__name__}: {exc}", err=True)
        click.echo(
            "adr-lint: set ADR_LINT_DEBUG=1 to see where; please report it", err=True
        )
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

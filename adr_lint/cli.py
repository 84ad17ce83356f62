"""Command line: `adr-lint [PATHS]`, `adr-lint rules`, `adr-lint explain CODE`.

The CLI only parses options; `run()` builds the knowledge base, the file
list and the linter, and returns the exit code:
0 no error-level finding, 1 at least one, 2 usage, config or internal error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from adr_lint import __version__
from adr_lint.errors import AdrLintError

COMMANDS = ("check", "rules", "explain")


class _DefaultToCheck(click.Group):
    """`adr-lint docs/adr` means `adr-lint check docs/adr`, as in ruff."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if (
            args
            and args[0] not in COMMANDS
            and args[0] not in ("--help", "-h", "--version")
        ):
            args = ["check", *args]
        elif not args:
            args = ["check"]
        return super().parse_args(ctx, args)


@click.group(
    cls=_DefaultToCheck, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.version_option(__version__, prog_name="adr-lint")
def cli() -> None:
    """Lint Architecture Decision Records.

    With no command, checks PATHS (files or folders); with no PATHS, the
    repository's ADR folder (.adr-dir, docs/adr, doc/adr, docs/decisions,
    docs/architecture/decisions).
    """


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Report format.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to FILE instead of standard output.",
)
@click.option(
    "--rules",
    "packs",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Add a rule-pack folder (repeatable).",
)
@click.option(
    "--select",
    multiple=True,
    help="Only these rule codes or prefixes (repeatable, or comma-separated).",
)
@click.option(
    "--ignore",
    multiple=True,
    help="Skip these rule codes or prefixes (repeatable, or comma-separated).",
)
@click.option("--strict", is_flag=True, help="Warnings fail the run too.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when errors are found.")
@click.option("--allow-empty", is_flag=True, help="Succeed when no ADR file is found.")
def check(
    paths: tuple[str, ...],
    fmt: str,
    output: Path | None,
    packs: tuple[Path, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    strict: bool,
    exit_zero: bool,
    allow_empty: bool,
) -> None:
    """Check ADR files and folders."""
    from adr_lint import discover, knowledge
    from adr_lint.engine import Linter, Options
    from adr_lint.report import FORMATS

    kb = knowledge.load(list(packs))
    options = Options(select=_codes(select), ignore=_codes(ignore))
    found = discover.discover(list(paths), Path.cwd())
    if not found.targets and not found.missing and not allow_empty:
        where = ", ".join(paths) or "the ADR folder"
        raise AdrLintError(
            f"no ADR files found in {where} (use --allow-empty to accept that)"
        )
    linter = Linter(kb, options)
    reports = [linter.lint(t.path, problem=t.problem) for t in found.targets]
    rendered = FORMATS[fmt](reports)
    _emit(rendered, output)
    if found.missing:
        # Every file that exists has been linted and reported; the run still fails.
        raise AdrLintError("; ".join(found.missing))
    failing = ("error", "warning") if strict else ("error",)
    failed = any(f.severity in failing for r in reports for f in r.findings)
    raise SystemExit(1 if failed and not exit_zero else 0)


@cli.command("rules")
@click.option(
    "--rules",
    "packs",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Add a rule-pack folder.",
)
def list_rules(packs: tuple[Path, ...]) -> None:
    """List every rule with its code, severity and summary."""
    from adr_lint import knowledge
    from adr_lint.checks import all_rules

    for rule in all_rules(knowledge.load(list(packs))).values():
        click.echo(f"{rule.code}  {rule.severity:<7}  {rule.name:<32}  {rule.summary}")


@cli.command()
@click.argument("code")
@click.option(
    "--rules",
    "packs",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Add a rule-pack folder.",
)
def explain(code: str, packs: tuple[Path, ...]) -> None:
    """Show what rule CODE checks, why, and examples."""
    from adr_lint import knowledge
    from adr_lint.checks import all_rules

    rules = all_rules(knowledge.load(list(packs)))
    rule = rules.get(code.upper())
    if rule is None:
        raise AdrLintError(f"unknown rule '{code}'; `adr-lint rules` lists them")
    click.echo(
        f"{rule.code} {rule.name} ({rule.severity})\n\n{rule.summary}\n\n{rule.doc}"
    )


def _codes(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(
        part.strip().upper()
        for value in values
        for part in value.split(",")
        if part.strip()
    )


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise AdrLintError(
            f"{output}: cannot write report: {exc.strerror or exc}"
        ) from None


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
        click.echo(f"adr-lint: error: {exc}", err=True)
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

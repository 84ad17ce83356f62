"""The `show` command's options. As in `cli`, options are only
parsed here; the work is done in `show`, imported when a command
runs so that `adr-lint --help` stays fast."""

from __future__ import annotations

import click

_config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=str),
    help="Use this config file instead of looking for one.",
)
_pack_option = click.option(
    "--rules",
    "packs",
    multiple=True,
    type=click.Path(path_type=str),
    help="Add a rule-pack folder (repeatable).",
)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("text", "json")),
    default="text",
    show_default=True,
    help="Text for people, or JSON (schemas/show.schema.json).",
)
@_config_option
@_pack_option
def show(
    paths: tuple[str, ...], fmt: str, config_file: str | None, packs: tuple[str, ...]
) -> None:
    """Show what adr-lint read in each ADR, criterion by criterion.

    The framework chosen and the line that chose it; per criterion, the
    evidence, the requirement stated and the verdict, with its sources."""
    from adr_lint.authoring.show import ShowSettings, run

    raise SystemExit(run(ShowSettings(paths, fmt, config_file, packs)))
